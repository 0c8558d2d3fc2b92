namespace ImgPortal.Core.Content.Editing;

/// <summary>A page's settings and standing as saved now: source, navigation, owner, review, retirement.</summary>
public sealed record PageFacts(
    string Source,
    string? NavigationLabel,
    int SortOrder,
    string? OwnerUserId,
    string OwnerName,
    int ReviewIntervalMonths,
    DateOnly ReviewDueOn,
    ReviewStatus ReviewStatus,
    bool AwaitingFirstPublication,
    DateTime? RetiredAtUtc,
    string? RetiredRedirectTo,
    string PageVersion);
