namespace ImgPortal.Core.Content;

/// <summary>A state pathway as a guidance page lists it: the full record is on the state's own page.</summary>
public sealed record StatePathwayDetail(string State, string Name, PathwayKind Kind, PathwayStatus Status);
