using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Content;

/// <summary>Reads the public guidance: pages, their structured records, and search.</summary>
public interface IGuidanceService
{
    /// <summary>A page visitors may see (published, not retired), or null.</summary>
    Task<GuidancePageDetail?> GetPageAsync(string slug, CancellationToken cancellationToken = default);

    /// <summary>What the portal answers at <c>/{slug}</c>: the page, a retired page (gone or sent elsewhere), or nothing.</summary>
    Task<PageLookup> LookupAsync(string slug, CancellationToken cancellationToken = default);

    /// <summary>Any page by id, whether published yet or retired, with its structured records (for staff previews).</summary>
    Task<GuidancePageDetail?> GetAnyPageAsync(int id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PageLink>> ListPagesAsync(CancellationToken cancellationToken = default);

    /// <summary>The pages staff placed in the main navigation, in order.</summary>
    Task<IReadOnlyList<NavigationLink>> ListNavigationAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The pages with every word of the query (or a synonym, or another form of it: "sponsorship" finds "sponsor"),
    /// best first, through the provider's full-text index (ADR 0085); quoted words match as a phrase.
    /// </summary>
    Task<PagedResult<SearchHit>> SearchAsync(string? query, int page, int pageSize, CancellationToken cancellationToken = default);

    /// <summary>The glossary terms matching the query; when none has every word, those matching any (at most five).</summary>
    Task<IReadOnlyList<SearchHit>> SearchGlossaryAsync(string? query, CancellationToken cancellationToken = default);

    /// <summary>The pages closest to a query that found nothing: those matching any of its words, else the first pages.</summary>
    Task<IReadOnlyList<SearchHit>> ClosestPagesAsync(string? query, CancellationToken cancellationToken = default);
}
