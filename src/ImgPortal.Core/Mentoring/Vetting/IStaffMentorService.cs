using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Applications;

namespace ImgPortal.Core.Mentoring.Vetting;

/// <summary>Staff's roster of mentors: the list, one mentor's record with its vetting checklist, and edits.</summary>
public interface IStaffMentorService
{
    Task<PagedResult<MentorRow>> ListAsync(MentorStatus? status, string? specialty, int page, CancellationToken cancellationToken = default);

    Task<MentorRecord?> GetAsync(int id, CancellationToken cancellationToken = default);

    Task<Outcome> UpdateAsync(int id, Guid version, MentorDetails details, CancellationToken cancellationToken = default);
}
