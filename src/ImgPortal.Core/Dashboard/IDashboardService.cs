using ImgPortal.Core.Common;
using ImgPortal.Core.Content.Editing;
using ImgPortal.Core.Profiles;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Dashboard;

/// <summary>The figures the staff home page charts.</summary>
public interface IDashboardService
{
    Task<DashboardData> GetAsync(CancellationToken cancellationToken = default);
}
