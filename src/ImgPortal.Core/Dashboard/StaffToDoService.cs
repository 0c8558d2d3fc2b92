using ImgPortal.Core.Common;
using ImgPortal.Core.Content;
using ImgPortal.Core.Mentoring;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Dashboard;

/// <summary>
/// Counts straight from the entities. A proposal has no deadline stored yet; one unanswered for
/// <see cref="ProposalWarningDays"/> of its <see cref="ProposalAnswerDays"/> days is listed as about to expire.
/// </summary>
public sealed class StaffToDoService(IAppDbContext db, TimeProvider clock) : IStaffToDoService
{
    public const int ProposalAnswerDays = 14;
    public const int ProposalWarningDays = 10;
    public const int ScheduledWithinDays = 7;

    public async Task<IReadOnlyList<ToDoItem>> GetAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var warnBefore = now.AddDays(-ProposalWarningDays);
        var weekAhead = now.AddDays(ScheduledWithinDays);

        var applications = await db.Mentors.AsNoTracking().CountAsync(m => m.Status == MentorStatus.Pending, cancellationToken);
        var requests = await db.MenteeRequests.AsNoTracking().CountAsync(r => r.Status == RequestStatus.Open, cancellationToken);
        var expiring = await db.Pairings.AsNoTracking()
            .CountAsync(p => p.State == PairingState.Proposed && p.ProposedAtUtc <= warnBefore, cancellationToken);
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
            new(ToDoKind.ProposalsAboutToExpire, $"Proposals unanswered for {ProposalWarningDays} days or more (of {ProposalAnswerDays})", expiring),
            new(ToDoKind.PagesOverdueForReview, "Guidance pages overdue for review", overdue),
            new(ToDoKind.ScheduledPublications, "Page publications scheduled in the next 7 days", scheduled),
        ];
    }
}
