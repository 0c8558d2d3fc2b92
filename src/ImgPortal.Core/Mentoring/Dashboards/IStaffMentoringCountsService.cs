namespace ImgPortal.Core.Mentoring.Dashboards;

/// <summary>The program at a glance, for staff's mentoring page.</summary>
public interface IStaffMentoringCountsService
{
    Task<StaffMentoringCounts> StaffCountsAsync(CancellationToken cancellationToken = default);
}
