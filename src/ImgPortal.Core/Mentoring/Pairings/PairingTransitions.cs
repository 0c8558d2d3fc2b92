using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Agreements;
using ImgPortal.Core.Mentoring.Notifications;
using ImgPortal.Core.Mentoring.Requests;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Mentoring.Pairings;

/// <summary>
/// Accept, decline, cancel and end, each written once (ADR 0069). Every change runs the same way: the reason rules,
/// who may ask, the <see cref="Pairing"/> state machine, one save that also touches the mentor's version (so it
/// cannot cross a concurrent pairing, ADR 0009), and the e-mails after the save.
/// </summary>
public sealed class PairingTransitions(
    IAppDbContext db, ICurrentUser currentUser, MentoringMailer mail, TimeProvider clock, IPortalLinks links, IDatabaseErrors errors)
    : IPairingTransitions
{
    public const string EarlyReasonMessage = "Tell us briefly why the pairing ends before its planned end.";

    public const string ConflictMessage = "Something changed at the same moment. Look again and retry.";

    private readonly MentoringEmails _emails = new(links);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Outcome> AcceptAsync(int pairingId, AgreementDetails? agreement, CancellationToken cancellationToken = default)
    {
        var pairing = await LoadAsync(pairingId, mentor: true, member: false, staff: false, cancellationToken);
        if (pairing is null)
        {
            return Outcome.NotFound();
        }

        if (agreement is not null && AgreementRules.Validate(agreement) is { Count: > 0 } problems)
        {
            return Outcome.Invalid(problems);
        }

        var now = Now;
        var saved = await SaveAsync(pairing, p => p.Accept(now), () =>
        {
            pairing.Request!.Status = RequestStatus.Matched;
            pairing.Request.MatchedAtUtc = now;
            if (agreement is not null)
            {
                db.MentoringAgreements.Add(new MentoringAgreement
                {
                    PairingId = pairing.Id,
                    Goals = agreement.Goals!.Trim(),
                    Frequency = agreement.Frequency!.Value,
                    Months = agreement.Months!.Value,
                    PlannedEndOn = AgreementRules.PlannedEnd(now, agreement.Months.Value),
                    ProposedByUserId = currentUser.UserId!,
                    ProposedAtUtc = now,
                });
            }
        }, cancellationToken, () => mail.SendAsync(pairing.Request!.MemberUserId, _emails.Accepted(pairing.Mentor!.DisplayName), cancellationToken));
        if (saved is not null)
        {
            return saved;
        }

        var message = "You are now mentoring " + Sentences.End(pairing.Request!.DisplayName);
        return Outcome.Done(agreement is null ? message : $"{message} Your mentee will confirm the agreement on this page.", pairingId);
    }

    public async Task<Outcome> DeclineAsync(int pairingId, string? reason, CancellationToken cancellationToken = default)
    {
        if (ReasonRules.Clean(reason) is null)
        {
            return Outcome.Invalid("reason", ReasonRules.TooLong);
        }

        var pairing = await LoadAsync(pairingId, mentor: true, member: false, staff: false, cancellationToken);
        if (pairing is null)
        {
            return Outcome.NotFound();
        }

        var now = Now;
        return await SaveAsync(pairing, p => p.Decline(now, reason), () => pairing.Request!.Status = RequestStatus.Open, cancellationToken)
            ?? Outcome.Done("You declined. Staff will find the mentee another mentor.", pairingId);
    }

    public async Task<Outcome> CancelAsync(int pairingId, string? reason, CancellationToken cancellationToken = default)
    {
        if (ReasonRules.Clean(reason) is null)
        {
            return Outcome.Invalid("reason", ReasonRules.TooLong);
        }

        var pairing = await LoadAsync(pairingId, mentor: false, member: false, staff: true, cancellationToken);
        if (pairing is null)
        {
            return Outcome.NotFound();
        }

        var now = Now;
        return await SaveAsync(pairing, p => p.Cancel(now, reason), () => pairing.Request!.Status = RequestStatus.Open, cancellationToken)
            ?? Outcome.Done("The proposal was withdrawn; the request is open again.", pairingId);
    }

    public async Task<Outcome> EndAsync(int pairingId, string? reason, CancellationToken cancellationToken = default)
    {
        if (ReasonRules.Clean(reason) is null)
        {
            return Outcome.Invalid("reason", ReasonRules.TooLong);
        }

        var pairing = await LoadAsync(pairingId, mentor: true, member: true, staff: true, cancellationToken);
        if (pairing is null)
        {
            return Outcome.NotFound();
        }

        var now = Now;
        var plannedEnd = await db.MentoringAgreements.AsNoTracking().Where(a => a.PairingId == pairingId)
            .Select(a => (DateOnly?)a.PlannedEndOn).SingleOrDefaultAsync(cancellationToken);
        if (pairing.State == PairingState.Accepted && AgreementRules.IsEarly(plannedEnd, now) && string.IsNullOrWhiteSpace(reason))
        {
            return Outcome.Invalid("reason", EarlyReasonMessage);
        }

        var side = SideOf(pairing);
        var saved = await SaveAsync(pairing, p => p.End(now, side, reason), () => pairing.Request!.Status = RequestStatus.Closed, cancellationToken, async () =>
        {
            await mail.SendAsync(
                pairing.Mentor!.UserId, _emails.Ended(pairingId, PairingSide.Mentor, pairing.Request!.DisplayName, side, pairing.Reason), cancellationToken);
            await mail.SendAsync(
                pairing.Request.MemberUserId, _emails.Ended(pairingId, PairingSide.Member, pairing.Mentor.DisplayName, side, pairing.Reason), cancellationToken);
        });
        if (saved is not null)
        {
            return saved;
        }

        return Outcome.Done("The pairing has ended. Thank you; a short feedback form is on the dashboard.", pairingId);
    }

    /// <summary>The pairing with its mentor and request, when the current user is one of the sides allowed; else null.</summary>
    private async Task<Pairing?> LoadAsync(int pairingId, bool mentor, bool member, bool staff, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId;
        var pairing = userId is null
            ? null
            : await db.Pairings.Include(p => p.Mentor).Include(p => p.Request).SingleOrDefaultAsync(p => p.Id == pairingId, cancellationToken);
        if (pairing is null)
        {
            return null;
        }

        var allowed = (mentor && pairing.Mentor!.UserId == userId)
            || (member && pairing.Request!.MemberUserId == userId)
            || (staff && currentUser.IsStaff);
        return allowed ? pairing : null;
    }

    private PairingSide SideOf(Pairing pairing) =>
        pairing.Mentor!.UserId == currentUser.UserId ? PairingSide.Mentor
        : pairing.Request!.MemberUserId == currentUser.UserId ? PairingSide.Member
        : PairingSide.Staff;

    /// <summary>
    /// Moves the pairing, applies what goes with it, queues its e-mails, and saves all of it at once: null when saved,
    /// else why not (nothing saved, no e-mail sent).
    /// </summary>
    private async Task<Outcome?> SaveAsync(
        Pairing pairing, Action<Pairing> transition, Action alongside, CancellationToken cancellationToken, Func<Task>? queueMail = null)
    {
        try
        {
            transition(pairing);
        }
        catch (PairingTransitionException ex)
        {
            return Outcome.Invalid($"This pairing is {ex.From.ToString().ToLowerInvariant()}: it cannot become {ex.To.ToString().ToLowerInvariant()}.");
        }

        alongside();
        if (queueMail is not null)
        {
            await queueMail();
        }

        pairing.Mentor!.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || errors.IsUniqueViolation(ex))
        {
            db.DiscardChanges();
            return Outcome.Conflict(ConflictMessage);
        }
    }
}
