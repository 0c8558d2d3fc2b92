namespace ImgPortal.Core.Mentoring.Dashboards;

/// <summary>Everyone's mentoring dashboard: their application and pairings as a mentor, their requests as a member.</summary>
public interface IMentoringDashboardService
{
    Task<MentoringDashboard> DashboardAsync(CancellationToken cancellationToken = default);
}
