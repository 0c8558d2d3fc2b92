using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Content;

/// <summary>Reads the public guidance: pages, their structured records, and search.</summary>
public interface IGuidanceService
{
    Task<GuidancePageDetail?> GetPageAsync(string slug, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PageLink>> ListPagesAsync(CancellationToken cancellationToken = default);

    Task<PagedResult<SearchHit>> SearchAsync(string? query, int page, int pageSize, CancellationToken cancellationToken = default);
}
