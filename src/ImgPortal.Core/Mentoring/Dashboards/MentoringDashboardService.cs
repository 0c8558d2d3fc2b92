using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Applications;
using ImgPortal.Core.Mentoring.Choices;
using ImgPortal.Core.Mentoring.Matching;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Mentoring.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ImgPortal.Core.Mentoring.Dashboards;

public sealed class MentoringDashboardService(
    IAppDbContext db, ICurrentUser currentUser, IUserAccounts accounts, IOptions<MentoringOptions> options)
    : IMentoringDashboardService
{
    private string UserId => currentUser.UserId ?? throw new InvalidOperationException("This needs a signed-in user.");

    public async Task<MentoringDashboard> DashboardAsync(CancellationToken cancellationToken = default)
    {
        var userId = UserId;
        var application = await OwnApplicationQuery.ForAsync(db, userId, cancellationToken);
        var given = await db.PairingFeedback.AsNoTracking()
            .Where(f => f.AuthorUserId == userId && f.Occasion == FeedbackOccasion.AfterClose).Select(f => f.PairingId).ToListAsync(cancellationToken);

        var mentorPairings = new List<MentorDashboardPairing>();
        if (application is not null)
        {
            var rows = await db.Pairings.AsNoTracking()
                .Where(p => p.MentorId == application.Id && p.State != PairingState.Cancelled)
                .OrderBy(p => p.State).ThenByDescending(p => p.ProposedAtUtc)
                .Select(p => new { p.Id, p.Request!.MemberUserId, Request = p.Request })
                .ToListAsync(cancellationToken);
            var views = await PairingViewQuery.Of(db.Pairings.Where(p => p.MentorId == application.Id)).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                var view = views.Single(v => v.Id == row.Id);
                var contact = view.State is PairingState.Accepted or PairingState.Ended
                    ? await accounts.GetEmailAsync(row.MemberUserId, cancellationToken)
                    : null;
                mentorPairings.Add(new MentorDashboardPairing(view, RequestRules.Details(row.Request!), contact, given.Contains(view.Id)));
            }
        }

        var requests = await db.MenteeRequests.AsNoTracking()
            .Where(r => r.MemberUserId == userId)
            .OrderByDescending(r => r.CreatedAtUtc)
            .ToListAsync(cancellationToken);
        var memberRequests = new List<MemberDashboardRequest>();
        var membersMayChoose = await ChoiceQueries.MembersMayChooseAsync(db, options.Value.MembersMayChoose, cancellationToken);
        foreach (var request in requests)
        {
            var views = await PairingViewQuery.Of(db.Pairings.Where(p => p.MenteeRequestId == request.Id)).ToListAsync(cancellationToken);
            var current = views.FirstOrDefault(v => v.State is PairingState.Proposed or PairingState.Accepted);
            string? mentorEmail = null;
            MentorProfile? mentorProfile = null;
            if (current?.State == PairingState.Accepted)
            {
                var mentor = await db.Mentors.AsNoTracking().Where(m => m.Id == current.MentorId)
                    .Select(m => new
                    {
                        m.UserId,
                        Profile = new MentorProfile(
                            m.Specialty, m.State, m.Languages.OrderBy(l => l.Language).Select(l => l.Language).ToList(),
                            m.MeetingPreference, m.Bio, m.YearsInPractice, m.IsImg),
                    })
                    .SingleAsync(cancellationToken);
                mentorEmail = await accounts.GetEmailAsync(mentor.UserId, cancellationToken);
                mentorProfile = mentor.Profile;
            }

            var choices = membersMayChoose && request.Status == RequestStatus.Open
                ? await Suggestions.ForAsync(db, request, Suggestions.MemberChoices, cancellationToken)
                : [];
            memberRequests.Add(new MemberDashboardRequest(
                request.Id, request.Status, request.CreatedAtUtc, current, mentorEmail,
                views.Where(v => v.State == PairingState.Ended).ToList(), given, choices, mentorProfile));
        }

        return new MentoringDashboard(application, mentorPairings, memberRequests, membersMayChoose);
    }
}
