namespace ImgPortal.Core.Planning;

public interface ISeasonDatesService
{
    /// <summary>Every season date of every cycle staff entered, earliest cycle first, dated ones by day, then the unannounced.</summary>
    Task<IReadOnlyList<CycleDate>> AllAsync(CancellationToken cancellationToken = default);

    /// <summary>The public <c>/dates</c> page: each cycle that has not ended, its dates grouped by organization.</summary>
    Task<DatesPage> PageAsync(CancellationToken cancellationToken = default);

    /// <summary>One cycle's announced dates as iCalendar, one event each; null when no date of that cycle is entered.</summary>
    Task<string?> CalendarAsync(int cycle, CancellationToken cancellationToken = default);
}
