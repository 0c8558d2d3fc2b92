namespace ImgPortal.Core.Content.Editing;

/// <summary>
/// A page's publications and reviews, newest first, and whether a draft is open beside the live text.
/// <see cref="AwaitingFirstPublication"/>: staff created the page and nobody has published it yet.
/// <see cref="StarterContentAtUtc"/>: when the starter content (the guidance seed, ADR 0088) last wrote the page's
/// text; null when unknown (a page seeded before the seed kept its hash, or one staff created).
/// </summary>
public sealed record PageHistory(
    int Id,
    string Slug,
    string Title,
    string VersionToken,
    bool HasDraft,
    IReadOnlyList<RevisionRow> Revisions,
    IReadOnlyList<ReviewRow> Reviews,
    bool AwaitingFirstPublication = false,
    DateTime? StarterContentAtUtc = null);
