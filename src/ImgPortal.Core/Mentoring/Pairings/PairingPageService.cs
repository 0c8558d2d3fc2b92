using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Agreements;
using ImgPortal.Core.Mentoring.Log;
using ImgPortal.Core.Mentoring.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ImgPortal.Core.Mentoring.Pairings;

/// <summary>
/// The pairing page's reads and changes. Who may see a pairing is decided here: its mentor, its mentee and
/// staff; for anyone else the pairing does not exist (null, a 404). Accepting and closing are
/// <see cref="IPairingTransitions"/>, the one implementation every route calls (ADR 0069).
/// </summary>
public sealed class PairingPageService(
    IAppDbContext db, ICurrentUser currentUser, IUserAccounts accounts, TimeProvider clock,
    IOptions<MentoringOptions> options)
    : IPairingPageService
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<PairingPage?> GetAsync(int pairingId, int logPage = 1, CancellationToken cancellationToken = default)
    {
        var access = await AccessAsync(pairingId, cancellationToken);
        if (access is null)
        {
            return null;
        }

        var (parties, viewer) = access.Value;
        var view = await db.Pairings.AsNoTracking().Where(p => p.Id == pairingId)
            .Select(p => new PairingView(
                p.Id, p.MentorId, p.Mentor!.DisplayName, p.MenteeRequestId, p.Request!.DisplayName, p.State,
                p.ProposedAtUtc, p.RespondedAtUtc, p.EndedAtUtc, p.Reason))
            .SingleAsync(cancellationToken);
        var mentor = await db.Mentors.AsNoTracking().Where(m => m.Id == view.MentorId)
            .Select(m => new PairingMentor(
                m.DisplayName, m.Specialty, m.State, m.Languages.OrderBy(l => l.Language).Select(l => l.Language).ToList(),
                m.MeetingPreference, m.Bio, m.YearsInPractice, m.IsImg, m.BoardCertification, m.ShowHospital ? m.Hospital : null))
            .SingleAsync(cancellationToken);
        var request = await db.MenteeRequests.AsNoTracking().Where(r => r.Id == view.RequestId)
            .Select(r => new MenteeRequestDetails(r.DisplayName, r.HelpAreas, r.PreferredSpecialty, r.Language, r.State, r.County, r.CountryOfTraining, r.Note))
            .SingleAsync(cancellationToken);

        string? otherEmail = null;
        if (view.State is PairingState.Accepted or PairingState.Ended && viewer != PairingSide.Staff)
        {
            otherEmail = await accounts.GetEmailAsync(viewer == PairingSide.Mentor ? parties.MemberUserId : parties.MentorUserId, cancellationToken);
        }

        var agreement = await db.MentoringAgreements.AsNoTracking().Where(a => a.PairingId == pairingId).SingleOrDefaultAsync(cancellationToken);
        var log = await LogAsync(pairingId, Math.Max(1, logPage), cancellationToken);
        var checkIns = viewer == PairingSide.Staff
            ? await db.CheckInResponses.AsNoTracking().Where(r => r.PairingId == pairingId)
                .OrderBy(r => r.Milestone).ThenBy(r => r.Side)
                .Select(r => new CheckInRow(r.Side, r.Milestone, r.Answer, r.AnsweredAtUtc))
                .ToListAsync(cancellationToken)
            : [];
        var userId = currentUser.UserId;
        var feedbackDue = viewer != PairingSide.Staff && view.State == PairingState.Ended
            && !await db.PairingFeedback.AnyAsync(
                f => f.PairingId == pairingId && f.AuthorUserId == userId && f.Occasion == FeedbackOccasion.AfterClose, cancellationToken);
        var endedBy = await db.Pairings.AsNoTracking().Where(p => p.Id == pairingId).Select(p => p.EndedBy).SingleAsync(cancellationToken);

        // Only staff read feedback: neither side ever sees the other's.
        var feedback = viewer == PairingSide.Staff
            ? await db.PairingFeedback.AsNoTracking().Where(f => f.PairingId == pairingId)
                .OrderByDescending(f => f.CreatedAtUtc).ThenByDescending(f => f.Id)
                .Select(f => new PairingFeedbackRow(f.Side, f.Occasion, f.Rating, f.Comment, f.CreatedAtUtc))
                .ToListAsync(cancellationToken)
            : [];

        return new PairingPage(
            view, viewer, mentor, request, otherEmail, agreement is null ? null : ToView(agreement, parties, view), log, checkIns,
            options.Value.AgreementMonths, feedbackDue, AgreementRules.IsEarly(agreement?.PlannedEndOn, Now), endedBy, feedback);
    }

    public async Task<Outcome> ProposeAgreementAsync(int pairingId, AgreementDetails details, CancellationToken cancellationToken = default)
    {
        var access = await AccessAsync(pairingId, cancellationToken);
        if (access is not { Viewer: PairingSide.Mentor })
        {
            return Outcome.NotFound();
        }

        var errors = AgreementRules.Validate(details);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        return await SaveAgreementAsync(pairingId, details, cancellationToken);
    }

    public async Task<Outcome> ConfirmAgreementAsync(int pairingId, CancellationToken cancellationToken = default)
    {
        var access = await AccessAsync(pairingId, cancellationToken);
        if (access is not { Viewer: PairingSide.Member })
        {
            return Outcome.NotFound();
        }

        var agreement = await db.MentoringAgreements.SingleOrDefaultAsync(a => a.PairingId == pairingId, cancellationToken);
        var state = await db.Pairings.Where(p => p.Id == pairingId).Select(p => p.State).SingleAsync(cancellationToken);
        if (agreement is null || state != PairingState.Accepted)
        {
            return Outcome.Invalid("There is no agreement to confirm yet: your mentor proposes it first.");
        }

        if (agreement.IsConfirmed)
        {
            return Outcome.Done("You had already confirmed this agreement.", pairingId);
        }

        agreement.ConfirmedByUserId = currentUser.UserId;
        agreement.ConfirmedAtUtc = Now;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done("Thank you: you both agreed. Enjoy your mentoring.", pairingId);
    }

    /// <summary>The pairing's two user ids and the viewer's side; null when the viewer is neither side nor staff.</summary>
    private async Task<((string MentorUserId, string MemberUserId) Parties, PairingSide Viewer)?> AccessAsync(int pairingId, CancellationToken cancellationToken)
    {
        var parties = await db.Pairings.AsNoTracking().Where(p => p.Id == pairingId)
            .Select(p => new { MentorUserId = p.Mentor!.UserId, p.Request!.MemberUserId })
            .SingleOrDefaultAsync(cancellationToken);
        var userId = currentUser.UserId;
        if (parties is null || userId is null)
        {
            return null;
        }

        PairingSide? viewer = parties.MentorUserId == userId ? PairingSide.Mentor
            : parties.MemberUserId == userId ? PairingSide.Member
            : currentUser.IsStaff ? PairingSide.Staff
            : null;
        return viewer is null ? null : ((parties.MentorUserId, parties.MemberUserId), viewer.Value);
    }

    private async Task<Outcome> SaveAgreementAsync(int pairingId, AgreementDetails details, CancellationToken cancellationToken)
    {
        var pairing = await db.Pairings.AsNoTracking().Where(p => p.Id == pairingId)
            .Select(p => new { p.State, p.RespondedAtUtc }).SingleAsync(cancellationToken);
        if (pairing.State != PairingState.Accepted || pairing.RespondedAtUtc is null)
        {
            return Outcome.Invalid("The agreement is made once the pairing is active.");
        }

        var agreement = await db.MentoringAgreements.SingleOrDefaultAsync(a => a.PairingId == pairingId, cancellationToken);
        if (agreement is { IsConfirmed: true })
        {
            return Outcome.Invalid("Your mentee has already confirmed the agreement; it is settled.");
        }

        if (agreement is null)
        {
            agreement = new MentoringAgreement { PairingId = pairingId, ProposedByUserId = currentUser.UserId! };
            db.MentoringAgreements.Add(agreement);
        }

        agreement.Goals = details.Goals!.Trim();
        agreement.Frequency = details.Frequency!.Value;
        agreement.Months = details.Months!.Value;
        agreement.PlannedEndOn = AgreementRules.PlannedEnd(pairing.RespondedAtUtc.Value, agreement.Months);
        agreement.ProposedByUserId = currentUser.UserId!;
        agreement.ProposedAtUtc = Now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.DiscardChanges();
            return Outcome.Conflict("The agreement was saved at the same moment elsewhere. Look again and retry.");
        }

        return Outcome.Done("The agreement is proposed; your mentee confirms it on the pairing page.", pairingId);
    }

    private async Task<PagedResult<LogEntryRow>> LogAsync(int pairingId, int page, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId;
        var entries = db.PairingLogEntries.AsNoTracking().Where(e => e.PairingId == pairingId);
        var total = await entries.CountAsync(cancellationToken);
        var items = await entries
            .OrderByDescending(e => e.OccurredOn).ThenByDescending(e => e.Id)
            .Skip((page - 1) * LogRules.PageSize).Take(LogRules.PageSize)
            .Select(e => new LogEntryRow(e.Id, e.OccurredOn, e.Kind, e.Note, e.Side, e.AuthorUserId == userId, e.DoneAtUtc))
            .ToListAsync(cancellationToken);
        return new PagedResult<LogEntryRow>(items, page, LogRules.PageSize, total);
    }

    private static AgreementView ToView(MentoringAgreement a, (string MentorUserId, string MemberUserId) parties, PairingView view) => new(
        a.Goals, a.Frequency, a.Months, a.PlannedEndOn,
        a.ProposedByUserId == parties.MemberUserId ? view.MenteeName : view.MentorName,
        a.ProposedAtUtc,
        a.ConfirmedByUserId is null ? null : a.ConfirmedByUserId == parties.MentorUserId ? view.MentorName : view.MenteeName,
        a.ConfirmedAtUtc);
}
