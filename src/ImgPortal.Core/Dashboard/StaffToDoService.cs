using ImgPortal.Core.Common;
using ImgPortal.Core.Content;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Mentoring.Requests;
using ImgPortal.Core.Mentoring.Vetting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ImgPortal.Core.Dashboard;

/// <summary>
/// Counts straight from the entities. A proposal is about to expire once its mentor has been reminded
/// (<see cref="MentoringOptions.ProposalReminderDays"/>), the same rule as the mentoring overview; it expires at
/// <see cref="MentoringOptions.ProposalDays"/>.
/// </summary>
public sealed class StaffToDoService(IAppDbContext db, TimeProvider clock, IOptions<MentoringOptions> mentoring) : IStaffToDoService
{
    public const int ScheduledWithinDays = 7;

    public async Task<IReadOnlyList<ToDoItem>> GetAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var warnBefore = now.AddDays(-mentoring.Value.ProposalReminderDays);
        var weekAhead = now.AddDays(ScheduledWithinDays);

        var applications = await db.Mentors.AsNoTracking().CountAsync(m => m.Status == MentorStatus.Pending, cancellationToken);
        var requests = await db.MenteeRequests.AsNoTracking().CountAsync(r => r.Status == RequestStatus.Open, cancellationToken);
        var expiring = await db.Pairings.AsNoTracking()
            .CountAsync(p => p.State == PairingState.Proposed && p.ProposedAtUtc <= warnBefore, cancellationToken);
        var stuck = await Mentoring.Pairings.StuckPairings.Query(db, now).AsNoTracking().CountAsync(cancellationToken);
        var scheduled = await db.PageDrafts.AsNoTracking()
            .CountAsync(d => d.ScheduledPublishAtUtc != null && d.ScheduledPublishAtUtc <= weekAhead, cancellationToken);
        var today = DateOnly.FromDateTime(now);
        var reviews = await db.GuidancePages.AsNoTracking()
            .Where(p => p.RetiredAtUtc == null)
            .Select(p => new { p.LastReviewedOn, p.ReviewIntervalMonths })
            .ToListAsync(cancellationToken);
        var overdue = reviews.Count(p => PageRules.ReviewStatusOn(p.LastReviewedOn, p.ReviewIntervalMonths, today) == ReviewStatus.Overdue);

        return
        [
            new(ToDoKind.MentorApplications, "Mentor applications waiting for a decision", applications),
            new(ToDoKind.RequestsWithoutProposal, "Requests for a mentor with no proposal yet", requests),
            new(ToDoKind.ProposalsAboutToExpire, $"Proposals unanswered for {mentoring.Value.ProposalReminderDays} days or more (they expire at {mentoring.Value.ProposalDays})", expiring),
            new(ToDoKind.StuckPairings, "Mentoring pairings that look stuck (no meeting logged, or a \"not well\" answer)", stuck),
            new(ToDoKind.PagesOverdueForReview, "Guidance pages overdue for review", overdue),
            new(ToDoKind.ScheduledPublications, "Page publications scheduled in the next 7 days", scheduled),
        ];
    }
}
