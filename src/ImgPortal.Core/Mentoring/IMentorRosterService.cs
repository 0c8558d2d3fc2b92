using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Mentoring;

/// <summary>Mentor sign-up, the public directory, and staff vetting of the roster.</summary>
public interface IMentorRosterService
{
    Task<OwnApplication?> GetOwnApplicationAsync(CancellationToken cancellationToken = default);

    Task<Outcome> ApplyAsync(MentorDetails details, CancellationToken cancellationToken = default);

    Task<DirectoryResults> DirectoryAsync(DirectoryFilter filter, int page, CancellationToken cancellationToken = default);

    Task<PagedResult<MentorRow>> ListAsync(MentorStatus? status, string? specialty, int page, CancellationToken cancellationToken = default);

    Task<MentorRecord?> GetAsync(int id, CancellationToken cancellationToken = default);

    Task<Outcome> UpdateAsync(int id, Guid version, MentorDetails details, CancellationToken cancellationToken = default);

    /// <summary>Staff tick one vetting checklist item (again): recorded with who and when.</summary>
    Task<Outcome> CheckAsync(int id, VettingItem item, CancellationToken cancellationToken = default);

    Task<Outcome> ChangeStatusAsync(int id, Guid version, MentorStatus to, string? reason, CancellationToken cancellationToken = default);
}
