namespace ImgPortal.Core.Content;

/// <summary>A page as listed on the home page and in navigation.</summary>
public sealed record PageLink(string Slug, string Title, string Summary);
