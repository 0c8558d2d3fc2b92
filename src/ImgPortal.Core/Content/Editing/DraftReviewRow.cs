namespace ImgPortal.Core.Content.Editing;

/// <summary>
/// One request to review a draft, for the draft page. <paramref name="ForEarlierVersion"/>: approved, but the draft was
/// saved since, so the approval no longer counts.
/// </summary>
public sealed record DraftReviewRow(
    string ReviewerUserId,
    string ReviewerName,
    string RequestedByName,
    DateTime RequestedAtUtc,
    DraftReviewStatus Status,
    DateTime? DecidedAtUtc,
    bool ForEarlierVersion);
