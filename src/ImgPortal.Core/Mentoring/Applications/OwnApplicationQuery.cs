using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Pairings;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Mentoring.Applications;

/// <summary>A member's own application to mentor, the one query for the application page and the dashboard.</summary>
public static class OwnApplicationQuery
{
    public static Task<OwnApplication?> ForAsync(IAppDbContext db, string userId, CancellationToken cancellationToken) =>
        db.Mentors.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Select(m => new OwnApplication(
                m.Id, m.DisplayName, m.Status, m.StatusReason, m.AppliedAtUtc, m.Capacity,
                m.Pairings.AsQueryable().Count(Pairing.HoldsAPlace)))
            .SingleOrDefaultAsync(cancellationToken);
}
