using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Applications;
using ImgPortal.Core.Mentoring.Choices;
using ImgPortal.Core.Mentoring.Notifications;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Mentoring.Requests;
using ImgPortal.Core.Mentoring.Sharing;
using ImgPortal.Core.Mentoring.Vetting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ImgPortal.Core.Mentoring.Matching;

public sealed class ProposalService(
    IAppDbContext db,
    ICurrentUser currentUser,
    MentoringMailer mail,
    TimeProvider clock,
    IOptions<MentoringOptions> options,
    IPortalLinks links,
    IRoadmapSharingService sharing)
    : IProposalService
{
    private readonly MentoringEmails _emails = new(links);

    /// <summary>How many times a pairing is re-checked after losing a race for the mentor's last place.</summary>
    private const int PairingAttempts = 3;

    private string UserId => currentUser.UserId ?? throw new InvalidOperationException("This needs a signed-in user.");

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Outcome> ProposeAsync(int requestId, int mentorId, CancellationToken cancellationToken = default)
    {
        var userId = UserId;
        for (var attempt = 1; attempt <= PairingAttempts; attempt++)
        {
            var request = await db.MenteeRequests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
            var mayAct = request is not null
                && (currentUser.IsStaff || (await ChoiceQueries.MembersMayChooseAsync(db, options.Value.MembersMayChoose, cancellationToken) && request.MemberUserId == userId));
            if (request is null || !mayAct)
            {
                return Outcome.NotFound();
            }

            if (request.Status != RequestStatus.Open)
            {
                return Outcome.Invalid("This request is not waiting for a mentor.");
            }

            if (!currentUser.IsStaff)
            {
                var choices = await Suggestions.ForAsync(db, request, Suggestions.MemberChoices, cancellationToken);
                if (choices.All(c => c.Mentor.MentorId != mentorId))
                {
                    return Outcome.Invalid("Choose one of the mentors suggested to you.");
                }
            }

            var mentor = await db.Mentors.SingleOrDefaultAsync(m => m.Id == mentorId, cancellationToken);
            if (mentor is null || mentor.Status != MentorStatus.Approved)
            {
                return Outcome.Invalid("That mentor is not on the active roster.");
            }

            var held = await db.Pairings.Where(Pairing.HoldsAPlace).CountAsync(p => p.MentorId == mentorId, cancellationToken);
            if (!CapacityRules.HasFreePlace(mentor.Capacity, held))
            {
                return Outcome.Invalid($"{mentor.DisplayName} has no free place: {held} of {mentor.Capacity} taken.");
            }

            var pairing = new Pairing { MentorId = mentor.Id, MenteeRequestId = request.Id, ProposedAtUtc = Now };
            db.Pairings.Add(pairing);
            request.Status = RequestStatus.Proposed;

            // Claim the place: the UPDATE of the mentor's version only succeeds if nobody else changed the mentor
            // (or paired them) since we counted, so the count and the insert are one atomic step (ADR 0009).
            mentor.Version = Guid.NewGuid();
            var days = options.Value.ProposalDays;
            var shared = await sharing.ForProposalAsync(request.Id, cancellationToken);
            try
            {
                // The e-mail links to the proposal by its id, known after the first save: one transaction holds both
                // saves, so the proposal and its e-mail are stored together or not at all (ADR 0096).
                await db.InTransactionAsync(
                    async ct =>
                    {
                        await db.SaveChangesAsync(ct);
                        var email = _emails.Proposed(
                            RequestRules.Details(request), shared, pairing.Id, days, ProposalRules.ExpiresAt(pairing.ProposedAtUtc, days));
                        await mail.SendAsync(mentor.UserId, email, ct);
                        return await db.SaveChangesAsync(ct);
                    },
                    cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.DiscardChanges();
                continue;
            }

            return Outcome.Done($"{mentor.DisplayName} has been asked by e-mail.");
        }

        return Outcome.Conflict("Others were pairing this mentor or request at the same moment. Look again and retry.");
    }
}
