using System.Globalization;
using System.Text;

namespace ImgPortal.Core.Profiles;

public interface ICalendarService
{
    /// <summary>The events as an iCalendar (RFC 5545) document.</summary>
    string ToICalendar(IEnumerable<CalendarEvent> events);

    /// <summary>The events as an iCalendar document with its own calendar name (X-WR-CALNAME).</summary>
    string ToICalendar(IEnumerable<CalendarEvent> events, string calendarName);

    /// <summary>A roadmap's dates as events: the season's dates and the member's own FCVS follow-up.</summary>
    IReadOnlyList<CalendarEvent> EventsFor(Roadmap roadmap);
}
