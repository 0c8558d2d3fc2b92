namespace ImgPortal.Core.Content.Editing;

/// <summary>
/// What the editor shows: the draft when there is one, else the live text, and the version it is based on.
/// <see cref="NeedsAnotherApprover"/>: approval is required and the person editing saved the draft last.
/// </summary>
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
    PageFacts Facts,
    bool NeedsAnotherApprover = false)
{
    /// <summary>The links in <see cref="Content"/> to look at before publishing (see <see cref="LinkChecker"/>); filled by the editor's read.</summary>
    public IReadOnlyList<LinkProblem> LinkProblems { get; init; } = [];

    /// <summary>Why the person editing may not publish the draft yet, and who to ask (ADR 0093); filled by the editor's read.</summary>
    public string? ApprovalNote { get; init; }

    /// <summary>The glossary's terms (A to Z), for the toolbar's pick list; filled by the editor's read.</summary>
    public IReadOnlyList<string> GlossaryTerms { get; init; } = [];
}
