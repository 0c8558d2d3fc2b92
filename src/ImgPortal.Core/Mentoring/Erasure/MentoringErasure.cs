using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Applications;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Mentoring.Requests;
using ImgPortal.Core.Mentoring.Vetting;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Mentoring.Erasure;

/// <summary>
/// Keeps pairings, requests and feedback for the program's figures when an account is deleted, with the person
/// anonymized: a user id that belongs to nobody, a placeholder name, no contact, hospital, bio, NPI or license.
/// Open proposals are cancelled and active pairings ended, so the other side's dashboard and staff's lists stay true.
/// </summary>
public sealed class MentoringErasure(IAppDbContext db, TimeProvider clock) : IMentoringErasure
{
    public async Task AnonymizeAsync(string userId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var ghost = DeletedAccount.NewUserId();

        var mentor = await db.Mentors
            .Include(m => m.Licenses)
            .Include(m => m.Pairings).ThenInclude(p => p.Request)
            .SingleOrDefaultAsync(m => m.UserId == userId, cancellationToken);
        if (mentor is not null)
        {
            AnonymizeMentor(mentor, ghost, now);
        }

        var requests = await db.MenteeRequests
            .Include(r => r.Pairings)
            .Where(r => r.MemberUserId == userId)
            .ToListAsync(cancellationToken);
        foreach (var request in requests)
        {
            AnonymizeRequest(request, ghost, now);
        }

        var feedback = await db.PairingFeedback.Where(f => f.AuthorUserId == userId).ToListAsync(cancellationToken);
        foreach (var item in feedback)
        {
            item.AuthorUserId = ghost;
        }

        // Reported outcomes stay with the same anonymous id as the requests, so the cohort figures still count them.
        var outcomes = await db.MemberOutcomes.Where(o => o.UserId == userId).ToListAsync(cancellationToken);
        foreach (var outcome in outcomes)
        {
            outcome.UserId = ghost;
        }
    }

    private void AnonymizeMentor(Mentor mentor, string ghost, DateTime now)
    {
        mentor.UserId = ghost;
        mentor.DisplayName = DeletedAccount.MentorName;
        mentor.Hospital = string.Empty;
        mentor.County = string.Empty;
        mentor.Bio = string.Empty;
        mentor.MeetingPreference = string.Empty;
        mentor.Npi = string.Empty;
        mentor.BoardCertification = string.Empty;
        mentor.ListInDirectory = false;
        mentor.ShowHospital = false;
        mentor.Status = MentorStatus.Retired;
        mentor.StatusReason = DeletedAccount.Reason;
        mentor.Version = Guid.NewGuid();
        db.MentorLicenses.RemoveRange(mentor.Licenses);
        foreach (var pairing in mentor.Pairings)
        {
            if (pairing.State == PairingState.Proposed)
            {
                pairing.Cancel(now, DeletedAccount.Reason);
                pairing.Request!.Status = RequestStatus.Open;
                pairing.Request.Version = Guid.NewGuid();
            }
            else if (pairing.State == PairingState.Accepted)
            {
                pairing.End(now, PairingSide.Mentor, DeletedAccount.Reason);
                pairing.Request!.Status = RequestStatus.Closed;
                pairing.Request.Version = Guid.NewGuid();
            }
        }
    }

    private static void AnonymizeRequest(MenteeRequest request, string ghost, DateTime now)
    {
        request.MemberUserId = ghost;
        request.DisplayName = DeletedAccount.MemberName;
        request.County = string.Empty;
        request.Note = string.Empty;
        request.Status = RequestStatus.Closed;
        request.Version = Guid.NewGuid();
        foreach (var pairing in request.Pairings)
        {
            if (pairing.State == PairingState.Proposed)
            {
                pairing.Cancel(now, DeletedAccount.Reason);
            }
            else if (pairing.State == PairingState.Accepted)
            {
                pairing.End(now, PairingSide.Member, DeletedAccount.Reason);
            }
        }
    }
}
