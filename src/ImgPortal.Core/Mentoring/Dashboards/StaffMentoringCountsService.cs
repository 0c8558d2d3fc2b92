using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Choices;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Mentoring.Requests;
using ImgPortal.Core.Mentoring.Vetting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ImgPortal.Core.Mentoring.Dashboards;

public sealed class StaffMentoringCountsService(IAppDbContext db, TimeProvider clock, IOptions<MentoringOptions> options)
    : IStaffMentoringCountsService
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<StaffMentoringCounts> StaffCountsAsync(CancellationToken cancellationToken = default)
    {
        var now = Now;
        var pending = await db.Mentors.CountAsync(m => m.Status == MentorStatus.Pending, cancellationToken);
        var approved = await db.Mentors.CountAsync(m => m.Status == MentorStatus.Approved, cancellationToken);
        var open = await db.MenteeRequests.AsNoTracking()
            .Where(r => r.Status == RequestStatus.Open).Select(r => r.CreatedAtUtc).ToListAsync(cancellationToken);
        var proposed = await db.Pairings.CountAsync(p => p.State == PairingState.Proposed, cancellationToken);
        var active = await db.Pairings.CountAsync(p => p.State == PairingState.Accepted, cancellationToken);
        var nearCapacity = await db.Mentors
            .Where(m => m.Status == MentorStatus.Approved)
            .CountAsync(m => m.Capacity - m.Pairings.AsQueryable().Count(Pairing.HoldsAPlace) <= 1, cancellationToken);
        var matched = await db.MenteeRequests.AsNoTracking()
            .Where(r => r.MatchedAtUtc != null).Select(r => new { r.CreatedAtUtc, r.MatchedAtUtc }).ToListAsync(cancellationToken);

        TimeSpan? longest = open.Count == 0 ? null : now - open.Min();
        TimeSpan? average = open.Count == 0 ? null : TimeSpan.FromTicks((long)open.Average(c => (now - c).Ticks));
        TimeSpan? untilMatched = matched.Count == 0
            ? null
            : TimeSpan.FromTicks((long)matched.Average(m => (m.MatchedAtUtc!.Value - m.CreatedAtUtc).Ticks));
        var reminderCutoff = now.AddDays(-options.Value.ProposalReminderDays);
        var aboutToExpire = await db.Pairings.CountAsync(p => p.State == PairingState.Proposed && p.ProposedAtUtc <= reminderCutoff, cancellationToken);
        var rechecks = await LicenseRechecksDueAsync(DateOnly.FromDateTime(now), cancellationToken);
        return new StaffMentoringCounts(pending, approved, open.Count, proposed, active, nearCapacity, longest, average, untilMatched,
            await ChoiceQueries.MembersMayChooseAsync(db, options.Value.MembersMayChoose, cancellationToken), aboutToExpire, rechecks);
    }

    /// <summary>Approved or paused mentors whose license check is due again (a license near or past expiry).</summary>
    private async Task<int> LicenseRechecksDueAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var soon = today.AddDays(VettingRules.RecheckDaysBeforeExpiry);
        var candidates = await db.Mentors.AsNoTracking()
            .Where(m => (m.Status == MentorStatus.Approved || m.Status == MentorStatus.Paused)
                && m.Licenses.Any(l => l.ExpiresOn != null && l.ExpiresOn <= soon))
            .Select(m => new
            {
                Expiries = m.Licenses.Select(l => l.ExpiresOn).ToList(),
                Checked = m.VettingChecks.Where(c => c.Item == VettingItem.LicenseVerified).Select(c => (DateTime?)c.CheckedAtUtc).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return candidates.Count(c => VettingRules.LicenseRecheckDue(c.Expiries, c.Checked, today));
    }
}
