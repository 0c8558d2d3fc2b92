namespace ImgPortal.Core.Content.Editing;

/// <summary>What the editor shows: the draft when there is one, else the live text, and the version it is based on.</summary>
public sealed record PageEditorData(
    int Id,
    string Slug,
    PageContent Content,
    string VersionToken,
    bool HasDraft,
    DateTime? ScheduledPublishAtUtc,
    string? DraftUpdatedBy,
    DateTime? DraftUpdatedAtUtc,
    DateOnly LastReviewedOn,
    PageFacts Facts);
