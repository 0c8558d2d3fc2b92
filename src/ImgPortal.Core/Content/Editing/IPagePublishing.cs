using ImgPortal.Core.Common;

namespace ImgPortal.Core.Content.Editing;

/// <summary>Making a draft live: now, at a scheduled time, and the background run that publishes what is due.</summary>
public interface IPagePublishing
{
    /// <summary>Makes the draft live, with the publisher's note on what changed (optional). Does not count as a review.</summary>
    Task<Outcome<PageEditorData>> PublishAsync(int pageId, string baseVersion, string? changeNote, CancellationToken cancellationToken = default);

    /// <summary>
    /// Schedules the draft at <paramref name="publishAt"/>, a wall-clock time in the society's zone (or cancels the
    /// schedule when it is null), with its change note. A time the clocks skip is refused.
    /// </summary>
    Task<Outcome<PageEditorData>> ScheduleAsync(
        int pageId, DateTime? publishAt, string? changeNote, string baseVersion, CancellationToken cancellationToken = default);

    /// <summary>Publishes every draft whose scheduled time has come; returns how many.</summary>
    Task<int> PublishDueAsync(CancellationToken cancellationToken = default);
}
