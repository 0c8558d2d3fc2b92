using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Notifications;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Mentoring.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ImgPortal.Core.Mentoring.Matching;

/// <summary>
/// Proposals that never hang: after <see cref="MentoringOptions.ProposalReminderDays"/> the mentor is reminded
/// once; after <see cref="MentoringOptions.ProposalDays"/> the proposal expires, the mentor's place is freed and
/// the request is open again for staff, whose suggestions then skip this mentor. Each e-mail is logged as a
/// <see cref="PairingNotice"/> in the same save as the change, and the log is unique, so nothing goes twice.
/// </summary>
public sealed class ProposalSweepService(
    IAppDbContext db, MentoringMailer mail, TimeProvider clock, IOptions<MentoringOptions> options, IPortalLinks links)
    : IProposalSweepService
{
    private readonly MentoringEmails _emails = new(links);

    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now.AddDays(-Math.Min(settings.ProposalReminderDays, settings.ProposalDays));
        var dueIds = await db.Pairings.AsNoTracking()
            .Where(p => p.State == PairingState.Proposed && p.ProposedAtUtc <= cutoff)
            .OrderBy(p => p.ProposedAtUtc)
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);

        var handled = 0;
        foreach (var id in dueIds)
        {
            if (await HandleAsync(id, now, settings, cancellationToken))
            {
                handled++;
            }
        }

        return handled;
    }

    private async Task<bool> HandleAsync(int pairingId, DateTime now, MentoringOptions settings, CancellationToken cancellationToken)
    {
        var pairing = await db.Pairings.Include(p => p.Mentor).Include(p => p.Request)
            .SingleAsync(p => p.Id == pairingId, cancellationToken);
        var reminded = await db.PairingNotices.AnyAsync(n => n.PairingId == pairingId && n.Kind == NoticeKind.ProposalReminder, cancellationToken);
        var step = ProposalRules.Next(pairing.ProposedAtUtc, now, reminded, settings.ProposalDays, settings.ProposalReminderDays);
        if (step == ProposalStep.Wait || pairing.State != PairingState.Proposed)
        {
            return false;
        }

        var notices = step == ProposalStep.Remind
            ? [NoticeKind.ProposalReminder]
            : new[] { NoticeKind.ProposalExpiredToMentor, NoticeKind.ProposalExpiredToMember };
        if (step == ProposalStep.Expire)
        {
            pairing.Expire(now);
            pairing.Request!.Status = RequestStatus.Open;
            pairing.Request.Version = Guid.NewGuid();
        }

        // The mentor's version guards the place (ADR 0009): a concurrent answer makes this save fail, not both win.
        pairing.Mentor!.Version = Guid.NewGuid();
        db.PairingNotices.AddRange(notices.Select(kind => new PairingNotice { PairingId = pairingId, Kind = kind, SentAtUtc = now }));
        if (step == ProposalStep.Remind)
        {
            await SendAsync(pairing.Mentor.UserId, _emails.ProposalReminder(pairing.Request!.DisplayName, ProposalRules.ExpiresAt(pairing.ProposedAtUtc, settings.ProposalDays)), cancellationToken);
        }
        else
        {
            await SendAsync(pairing.Mentor.UserId, _emails.ProposalExpiredToMentor(pairing.Request!.DisplayName), cancellationToken);
            await SendAsync(pairing.Request.MemberUserId, _emails.ProposalExpiredToMember(), cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone answered, or another sweep logged it first: leave it to them (the e-mails queued here go with the discarded changes).
            db.DiscardChanges();
            return false;
        }

        return true;
    }

    private async Task SendAsync(string userId, MentoringEmail content, CancellationToken cancellationToken)
    {
        await mail.SendAsync(userId, content, cancellationToken);
    }
}
