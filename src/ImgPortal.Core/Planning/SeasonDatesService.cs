using ImgPortal.Core.Common;
using ImgPortal.Core.Content;
using ImgPortal.Core.Profiles;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Planning;

/// <summary>Season dates by cycle for <c>/dates</c>, its calendars, and the Match-cycle rule.</summary>
public sealed class SeasonDatesService(IAppDbContext db, ICalendarService calendar, TimeProvider clock) : ISeasonDatesService
{
    public Task<IReadOnlyList<CycleDate>> AllAsync(CancellationToken cancellationToken = default) => LoadAsync(db, cancellationToken);

    /// <summary>Every season date with its sources (the roadmap and the reminders read them too).</summary>
    public static async Task<IReadOnlyList<CycleDate>> LoadAsync(IAppDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.SeasonDates.AsNoTracking()
            .Select(d => new { d.Id, d.Cycle, d.Title, d.Date, d.Kind, d.Milestone, d.Organization, d.UsuallyWhen, d.Notes, d.Sources, d.CheckedOn })
            .ToListAsync(cancellationToken);
        return rows
            .Select(d => new CycleDate(
                d.Id, d.Cycle, d.Title, d.Date, d.Kind, d.Milestone, d.Organization, d.UsuallyWhen, d.Notes, PathwaySources.Read(d.Sources), d.CheckedOn))
            .OrderBy(d => d.Cycle).ThenBy(d => d.Date is null).ThenBy(d => d.Date).ThenBy(d => d.Id)
            .ToList();
    }

    public async Task<DatesPage> PageAsync(CancellationToken cancellationToken = default)
    {
        var today = NewYorkTime.Today(clock);
        var dates = await AllAsync(cancellationToken);

        // A cycle stays listed until residencies of that year have started; older cycles are history.
        var cycles = dates
            .GroupBy(d => d.Cycle)
            .Where(c => !c.Any(d => d.Milestone == DateMilestone.ResidencyStarts && d.IsPast(today)) && c.Key >= today.Year)
            .Select(c => new DatesCycle(
                c.Key,
                c.GroupBy(d => d.Organization).OrderBy(g => g.Key).Select(g => new DatesGroup(g.Key, g.ToList())).ToList()))
            .ToList();
        return new DatesPage(today, cycles);
    }

    public async Task<string?> CalendarAsync(int cycle, CancellationToken cancellationToken = default)
    {
        var dates = (await AllAsync(cancellationToken)).Where(d => d.Cycle == cycle).ToList();
        if (dates.Count == 0)
        {
            return null;
        }

        var events = dates
            .Where(d => d.Date is not null)
            .Select(d => new CalendarEvent($"dates-{d.Id}-{d.Cycle}", d.Title, d.Date!.Value, Describe(d)));
        return calendar.ToICalendar(events, $"ImgPortal: {cycle} Match dates");
    }

    private static string Describe(CycleDate date)
    {
        var source = date.Sources.Count == 0 ? string.Empty : $" Source: {date.Sources[0].Title} ({date.Sources[0].Url}).";
        var notes = date.Notes.Length == 0 ? string.Empty : " " + date.Notes;
        return $"Set by {Records.RecordLabels.Of(date.Organization)}.{notes}{source}";
    }
}
