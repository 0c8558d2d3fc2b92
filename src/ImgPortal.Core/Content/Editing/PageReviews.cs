using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Content.Editing;

public sealed class PageReviews(IAppDbContext db, ICurrentUser user, PageEditorStore store) : IPageReviews
{
    public async Task<IReadOnlyList<ReviewQueueRow>> ReviewQueueAsync(bool mineOnly = false, CancellationToken cancellationToken = default)
    {
        var today = store.Today;
        var me = user.UserId;
        var pages = await db.GuidancePages.AsNoTracking()
            .Where(p => p.RetiredAtUtc == null && (!mineOnly || p.OwnerUserId == me))
            .Select(p => new { p.Id, p.Slug, p.Title, p.OwnerName, p.LastReviewedOn, p.ReviewIntervalMonths })
            .ToListAsync(cancellationToken);
        return pages
            .Select(p => new ReviewQueueRow(
                p.Id, p.Slug, p.Title, p.OwnerName, p.LastReviewedOn,
                PageRules.ReviewDueOn(p.LastReviewedOn, p.ReviewIntervalMonths),
                PageRules.ReviewStatusOn(p.LastReviewedOn, p.ReviewIntervalMonths, today)))
            .Where(r => r.Status != ReviewStatus.Current)
            .OrderBy(r => r.DueOn).ThenBy(r => r.Title)
            .ToList();
    }

    public async Task<Outcome> MarkReviewedAsync(int pageId, ReviewInput review, CancellationToken cancellationToken = default)
    {
        var page = await db.GuidancePages.SingleOrDefaultAsync(p => p.Id == pageId, cancellationToken);
        if (page is null)
        {
            return Outcome.NotFound();
        }

        if (string.IsNullOrWhiteSpace(review.SourcesChecked))
        {
            return Outcome.Invalid(nameof(ReviewInput.SourcesChecked), PageMessages.SourcesCheckedRequired);
        }

        var today = store.Today;
        page.LastReviewedOn = today;
        db.PageReviews.Add(new PageReview
        {
            GuidancePageId = pageId,
            ReviewedOn = today,
            ReviewedAtUtc = store.UtcNow,
            ReviewedByUserId = user.UserId,
            ReviewedByName = PageEditorStore.Truncate(user.Name ?? string.Empty, PageRules.OwnerNameMaxLength),
            SourcesChecked = review.SourcesChecked.Trim(),
            Note = review.Note?.Trim() ?? string.Empty,
        });
        if (!await store.TrySaveAsync(cancellationToken))
        {
            return Outcome.Conflict(PageEditorStore.SettingsConflictMessage);
        }

        return Outcome.Done($"Review recorded: the page now shows it was last reviewed on {today:MMMM d, yyyy}.", pageId);
    }
}
