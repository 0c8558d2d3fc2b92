using System.Globalization;
using System.Text;
using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Profiles;

/// <summary>Staff's view of members who have a profile: search, filters, paging, CSV export and the stage funnel.</summary>
public interface IMemberDirectoryService
{
    Task<PagedResult<MemberRow>> SearchAsync(MemberFilter filter, int page, int pageSize, CancellationToken cancellationToken = default);

    Task<string> ExportCsvAsync(MemberFilter filter, CancellationToken cancellationToken = default);

    /// <summary>How many members stand at each stage, every stage listed.</summary>
    Task<IReadOnlyList<StageCount>> FunnelAsync(CancellationToken cancellationToken = default);

    Task<MemberDetail?> GetAsync(string userId, CancellationToken cancellationToken = default);
}
