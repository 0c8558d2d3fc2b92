namespace ImgPortal.Core.Content.Editing;

/// <summary>
/// What the portal answers at, for <see cref="LinkChecker"/>: the slugs of published pages, of pages not yet
/// published, of retired pages (with where each redirects, or null for "gone"), and whether a first path segment
/// belongs to a fixed route (<c>/state-pathways</c>, <c>/glossary</c>, <c>/mentoring/…</c>).
/// </summary>
public sealed record LinkTargets(
    IReadOnlySet<string> Published,
    IReadOnlySet<string> NotYetPublished,
    IReadOnlyDictionary<string, string?> Retired,
    Func<string, bool> IsFixedRoute);
