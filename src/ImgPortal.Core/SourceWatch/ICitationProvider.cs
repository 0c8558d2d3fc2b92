using ImgPortal.Core.Common;

namespace ImgPortal.Core.SourceWatch;

/// <summary>
/// One kind of content that cites sources. Every implementation in the Core assembly is registered by assembly
/// scan (ADR 0077): a new record type with source lines adds one class here and nothing else.
/// </summary>
public interface ICitationProvider
{
    /// <summary>Stable name of the kind, stored with each citation, e.g. "state-pathway".</summary>
    string Kind { get; }

    /// <summary>Every citation of this kind in the published content.</summary>
    Task<IReadOnlyList<Citation>> ListAsync(IAppDbContext db, CancellationToken cancellationToken);

    /// <summary>
    /// Moves the checked date of the item's citations of <paramref name="normalizedUrl"/> to <paramref name="on"/>
    /// (tracked, not saved). False when the item is gone or this kind has no checked date.
    /// </summary>
    Task<bool> MarkCheckedAsync(IAppDbContext db, string itemKey, string normalizedUrl, DateOnly on, CancellationToken cancellationToken);
}
