using ImgPortal.Core.Accounts;
using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ImgPortal.Core.Content.Editing;

/// <summary>Staff editing of guidance pages: drafts, preview, publishing, scheduling, history and restore (ADR 0010).</summary>
public interface IPageEditingService
{
    Task<IReadOnlyList<StaffPageRow>> ListPagesAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates a page that visitors see once it is first published; its text starts as a draft.</summary>
    Task<Outcome> CreatePageAsync(NewPage page, CancellationToken cancellationToken = default);

    /// <summary>Saves the page's source line, navigation place, owner and review interval; they take effect at once.</summary>
    Task<Outcome> SaveSettingsAsync(int pageId, PageSettings settings, string pageVersion, CancellationToken cancellationToken = default);

    /// <summary>Takes the page down: its address answers 410 Gone, or redirects to <paramref name="redirectTo"/>.</summary>
    Task<Outcome> RetireAsync(int pageId, string? redirectTo, string pageVersion, CancellationToken cancellationToken = default);

    /// <summary>Puts a retired page back where visitors can see it.</summary>
    Task<Outcome> ReinstateAsync(int pageId, string pageVersion, CancellationToken cancellationToken = default);

    /// <summary>Pages due for review within <see cref="PageRules.DueSoonDays"/> days or overdue, soonest first.</summary>
    /// <param name="mineOnly">Only the pages the signed-in staff member owns.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<IReadOnlyList<ReviewQueueRow>> ReviewQueueAsync(bool mineOnly = false, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StaffMember>> ListOwnersAsync(CancellationToken cancellationToken = default);

    Task<PageEditorData?> GetEditorAsync(int pageId, CancellationToken cancellationToken = default);

    /// <summary>Saves <paramref name="content"/> as the page's draft if nothing changed since <paramref name="baseVersion"/>.</summary>
    /// <remarks>A conflict carries the editor as it is saved now.</remarks>
    Task<Outcome<PageEditorData>> SaveDraftAsync(int pageId, PageContent content, string baseVersion, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves <paramref name="content"/> as the draft with its section at <paramref name="index"/> (0-based) moved one
    /// place (see <see cref="ListMoves"/>), guarded like a save: a stale <paramref name="baseVersion"/> is a conflict.
    /// </summary>
    Task<Outcome<PageEditorData>> MoveSectionAsync(
        int pageId, PageContent content, int index, MoveDirection direction, string baseVersion, CancellationToken cancellationToken = default);

    /// <summary>The draft (or the live text) rendered exactly as visitors would see it.</summary>
    Task<PagePreview?> PreviewAsync(int pageId, CancellationToken cancellationToken = default);

    /// <summary>Makes the draft live, with the publisher's note on what changed (optional). Does not count as a review.</summary>
    Task<Outcome<PageEditorData>> PublishAsync(int pageId, string baseVersion, string? changeNote, CancellationToken cancellationToken = default);

    /// <summary>
    /// Schedules the draft at <paramref name="publishAt"/>, a wall-clock time in the society's zone (or cancels the
    /// schedule when it is null), with its change note. A time the clocks skip is refused.
    /// </summary>
    Task<Outcome<PageEditorData>> ScheduleAsync(
        int pageId, DateTime? publishAt, string? changeNote, string baseVersion, CancellationToken cancellationToken = default);

    Task<Outcome<PageEditorData>> DiscardDraftAsync(int pageId, string baseVersion, CancellationToken cancellationToken = default);

    /// <summary>Records a review against the sources named, and moves the page's "Last reviewed" date to today.</summary>
    Task<Outcome> MarkReviewedAsync(int pageId, ReviewInput review, CancellationToken cancellationToken = default);

    Task<PageHistory?> GetHistoryAsync(int pageId, CancellationToken cancellationToken = default);

    Task<RevisionComparison?> CompareAsync(int pageId, int from, int to, CancellationToken cancellationToken = default);

    /// <summary>What restoring revision <paramref name="number"/> would change in the editor's text now.</summary>
    Task<RestorePreview?> PreviewRestoreAsync(int pageId, int number, CancellationToken cancellationToken = default);

    /// <summary>Copies revision <paramref name="number"/> into the draft, guarded like a save.</summary>
    Task<Outcome<PageEditorData>> RestoreAsync(int pageId, int number, string baseVersion, CancellationToken cancellationToken = default);

    /// <summary>Publishes every draft whose scheduled time has come; returns how many.</summary>
    Task<int> PublishDueAsync(CancellationToken cancellationToken = default);
}
