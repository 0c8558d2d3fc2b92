namespace ImgPortal.Core.Content;

public sealed record StatePathwayDetail(
    string State, PathwayKind Kind, string Description, string Requirements, string Source, DateOnly AsOf);
