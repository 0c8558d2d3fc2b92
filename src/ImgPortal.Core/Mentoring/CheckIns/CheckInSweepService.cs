using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Notifications;
using ImgPortal.Core.Mentoring.Pairings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ImgPortal.Core.Mentoring.CheckIns;

/// <summary>
/// Asks both sides of each active pairing "How is it going?" at 30 and 90 days. Like the proposal sweep, the
/// notices are logged (unique per pairing and kind) in a save before the e-mails go, so a second run, a second
/// instance or a restart never sends a check-in twice.
/// </summary>
public sealed class CheckInSweepService(
    IAppDbContext db, MentoringMailer mail, TimeProvider clock, IOptions<MentoringOptions> options, IPortalLinks links, ICheckInTokens tokens)
    : ICheckInSweepService
{
    private readonly CheckInEmails _emails = new(links, tokens);

    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = CheckInSchedule.FirstDueCutoff(now);
        var kinds = CheckInSchedule.Milestones.SelectMany(CheckInNotices.KindsOf).ToList();
        var candidates = await db.Pairings.AsNoTracking()
            .Where(p => p.State == PairingState.Accepted && p.RespondedAtUtc != null && p.RespondedAtUtc <= cutoff)
            .OrderBy(p => p.RespondedAtUtc)
            .Select(p => new
            {
                p.Id,
                AcceptedAtUtc = p.RespondedAtUtc!.Value,
                MentorUserId = p.Mentor!.UserId,
                MentorName = p.Mentor.DisplayName,
                p.Request!.MemberUserId,
                MenteeName = p.Request.DisplayName,
            })
            .ToListAsync(cancellationToken);
        var ids = candidates.Select(c => c.Id).ToList();
        var sent = await db.PairingNotices.AsNoTracking()
            .Where(n => ids.Contains(n.PairingId) && kinds.Contains(n.Kind))
            .Select(n => new { n.PairingId, n.Kind })
            .ToListAsync(cancellationToken);

        var asked = 0;
        foreach (var pairing in candidates)
        {
            var already = sent.Where(n => n.PairingId == pairing.Id)
                .Select(n => CheckInNotices.MilestoneOf(n.Kind)).OfType<CheckInMilestone>().Distinct().ToList();
            if (CheckInSchedule.Due(pairing.AcceptedAtUtc, now, already) is not { } milestone)
            {
                continue;
            }

            db.PairingNotices.AddRange(CheckInNotices.KindsOf(milestone)
                .Select(kind => new PairingNotice { PairingId = pairing.Id, Kind = kind, SentAtUtc = now }));
            var expires = now.AddDays(options.Value.CheckInLinkDays);
            await mail.SendAsync(pairing.MentorUserId, _emails.HowIsItGoing(pairing.Id, PairingSide.Mentor, milestone, pairing.MenteeName, expires), cancellationToken);
            await mail.SendAsync(pairing.MemberUserId, _emails.HowIsItGoing(pairing.Id, PairingSide.Member, milestone, pairing.MentorName, expires), cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another run logged it first: it sends them.
                db.DiscardChanges();
                continue;
            }

            asked++;
        }

        return asked;
    }
}
