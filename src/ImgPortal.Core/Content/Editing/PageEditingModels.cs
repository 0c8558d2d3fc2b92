namespace ImgPortal.Core.Content.Editing;

/// <summary>Where a page stands for staff.</summary>
public enum PageState
{
    Published,
    Draft,
    Scheduled,
}

/// <summary>A page in the staff list.</summary>
public sealed record StaffPageRow(
    int Id, string Slug, string Title, PageState State, DateOnly LastReviewedOn, bool OverdueForReview, DateTime? ScheduledPublishAtUtc);

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
    DateOnly LastReviewedOn);

public enum EditStatus
{
    Done,
    NotFound,

    /// <summary>The page or its draft changed since the editor opened it: nothing was saved.</summary>
    Conflict,

    /// <summary>There is no draft to publish, schedule or discard.</summary>
    NoDraft,
}

/// <summary>The outcome of a change. On <see cref="EditStatus.Conflict"/>, <see cref="Current"/> is what is saved now.</summary>
public sealed record EditResult(EditStatus Status, PageEditorData? Current = null, int? RevisionNumber = null)
{
    public static readonly EditResult NotFound = new(EditStatus.NotFound);
    public static readonly EditResult NoDraft = new(EditStatus.NoDraft);
}

public sealed record RevisionRow(int Number, string PublishedByName, DateTime PublishedAtUtc);

public sealed record PageHistory(int Id, string Slug, string Title, string VersionToken, IReadOnlyList<RevisionRow> Revisions);

public sealed record RevisionComparison(
    int Id, string Title, RevisionRow From, RevisionRow To, IReadOnlyList<DiffLine> Lines);
