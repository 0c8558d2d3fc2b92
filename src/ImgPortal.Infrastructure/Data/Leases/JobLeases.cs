using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Infrastructure.Data.Leases;

/// <summary>
/// The lease table on either provider: a conditional UPDATE takes a free, expired or own lease; when no row exists
/// yet, an INSERT creates it and the primary key refuses the second of two racing instances. Each is one
/// statement, atomic on SQLite and SQL Server alike, with no provider-specific SQL.
/// </summary>
public sealed class JobLeases(AppDbContext db, JobLeaseHolder holder, TimeProvider clock) : IJobLeases
{
    public string Holder => holder.Name;

    public async Task<bool> TryAcquireAsync(string job, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = now + duration;
        var me = holder.Name;

        var taken = await db.Set<JobLease>()
            .Where(l => l.Name == job && (l.Holder == me || l.ExpiresAtUtc <= now))
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.Holder, me).SetProperty(l => l.ExpiresAtUtc, expires), cancellationToken);
        if (taken == 1)
        {
            return true;
        }

        var lease = new JobLease { Name = job, Holder = me, ExpiresAtUtc = expires };
        db.Set<JobLease>().Add(lease);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // The row exists: another instance holds the lease (or created it a moment ago).
            return false;
        }
        finally
        {
            db.Entry(lease).State = EntityState.Detached;
        }
    }
}
