using ImgPortal.Core.Common;

namespace ImgPortal.Core.Content.Editing;

/// <summary>Checking live pages against their sources: the queue of pages due, and recording a review.</summary>
public interface IPageReviews
{
    /// <summary>Pages due for review within <see cref="PageRules.DueSoonDays"/> days or overdue, soonest first.</summary>
    /// <param name="mineOnly">Only the pages the signed-in staff member owns.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<IReadOnlyList<ReviewQueueRow>> ReviewQueueAsync(bool mineOnly = false, CancellationToken cancellationToken = default);

    /// <summary>Records a review against the sources named, and moves the page's "Last reviewed" date to today.</summary>
    Task<Outcome> MarkReviewedAsync(int pageId, ReviewInput review, CancellationToken cancellationToken = default);
}
