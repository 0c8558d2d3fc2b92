namespace ImgPortal.Core.Content;

/// <summary>One source of a state pathway: its address, its title and the date the record was last checked against it.</summary>
public sealed record PathwaySource(Uri Url, string Title, DateOnly VerifiedOn);
