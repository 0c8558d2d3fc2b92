using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Content;

/// <summary>Reads the public guidance: pages, their structured records, and search.</summary>
public interface IGuidanceService
{
    Task<GuidancePageDetail?> GetPageAsync(string slug, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PageLink>> ListPagesAsync(CancellationToken cancellationToken = default);

    Task<PagedResult<SearchHit>> SearchAsync(string? query, int page, int pageSize, CancellationToken cancellationToken = default);

    /// <summary>The pages closest to a query that found nothing: those matching any of its words, else the first pages.</summary>
    Task<IReadOnlyList<SearchHit>> ClosestPagesAsync(string? query, CancellationToken cancellationToken = default);
}
