using System.Globalization;
using System.Text;

namespace ImgPortal.Core.Profiles;

/// <summary>
/// Writes iCalendar text by hand (RFC 5545): CRLF line endings, lines folded at 75 octets, TEXT values escaped,
/// all-day events as <c>DTSTART;VALUE=DATE</c> with the next day as the exclusive <c>DTEND</c>.
/// </summary>
public sealed class CalendarService(TimeProvider clock) : ICalendarService
{
    public const string UidDomain = "imgportal.local";
    private const int MaxLineOctets = 75;

    public const string MemberCalendarName = "ImgPortal: your residency dates";

    public string ToICalendar(IEnumerable<CalendarEvent> events) => ToICalendar(events, MemberCalendarName);

    public string ToICalendar(IEnumerable<CalendarEvent> events, string calendarName)
    {
        var stamp = clock.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        void Line(string line) => text.Append(Fold(line)).Append("\r\n");

        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//ImgPortal//Roadmap dates//EN");
        Line("CALSCALE:GREGORIAN");
        Line("METHOD:PUBLISH");
        Line($"X-WR-CALNAME:{Escape(calendarName)}");
        foreach (var e in events)
        {
            Line("BEGIN:VEVENT");
            Line($"UID:{Escape(e.Uid)}@{UidDomain}");
            Line($"DTSTAMP:{stamp}");
            Line($"DTSTART;VALUE=DATE:{Date(e.Date)}");
            Line($"DTEND;VALUE=DATE:{Date(e.Date.AddDays(1))}");
            Line($"SUMMARY:{Escape(e.Title)}");
            if (e.Description.Length > 0)
            {
                Line($"DESCRIPTION:{Escape(e.Description)}");
            }

            Line("TRANSP:TRANSPARENT");
            Line("END:VEVENT");
        }

        Line("END:VCALENDAR");
        return text.ToString();
    }

    public IReadOnlyList<CalendarEvent> EventsFor(Roadmap roadmap)
    {
        var events = roadmap.Dates
            .Select(d => new CalendarEvent($"season-{d.Id}-{d.Cycle}", d.Title, d.Date, d.Notes))
            .ToList();
        events.AddRange(roadmap.OwnDates.Select(d => new CalendarEvent(
            $"own-{d.Key}-{d.Date:yyyyMMdd}", d.Title, d.Date, "A date from your ImgPortal profile.")));
        events.AddRange(roadmap.OwnDeadlines.Select(d => new CalendarEvent(
            $"deadline-{roadmap.Plan?.Cycle}-{d.Key}",
            $"Deadline: {d.Title} (for the {roadmap.Plan?.Cycle} Match{(d.DueIsAssumed ? "; about: the day is not announced" : string.Empty)})",
            d.DueBy!.Value,
            d.Why)));
        if (roadmap.FcvsFollowUpOn is { } followUp)
        {
            events.Add(new CalendarEvent(
                "fcvs-follow-up",
                "Follow up with FCVS",
                followUp,
                "Your FCVS profile was started over 30 days ago: check its status with FCVS."));
        }

        events.AddRange(WaiverEvents(roadmap.WaiverSteps));
        return events.OrderBy(e => e.Date).ToList();
    }

    /// <summary>
    /// The waiver timeline's steps whose dates are known: one event on the day, or, for an estimate, one on the
    /// earliest day saying the latest (a deadline on its latest day). Steps of unknown date add nothing.
    /// </summary>
    public static IEnumerable<CalendarEvent> WaiverEvents(IEnumerable<Waivers.WaiverTimelineStep> steps)
    {
        foreach (var step in steps)
        {
            if (step is not { Earliest: { } earliest, Latest: { } latest })
            {
                continue;
            }

            var source = step.Source is null ? string.Empty : $" Source: {step.Source.Title} ({step.Source.Url}).";
            if (earliest == latest)
            {
                yield return new CalendarEvent($"waiver-{step.Key}", "J-1 waiver: " + step.Title, earliest, step.Duration + "." + source);
            }
            else if (step.IsDeadline)
            {
                yield return new CalendarEvent(
                    $"waiver-{step.Key}", "J-1 waiver: " + step.Title + " (latest estimate)", latest, $"{step.Duration}. Estimated from {earliest:yyyy-MM-dd} to {latest:yyyy-MM-dd}.{source}");
            }
            else
            {
                yield return new CalendarEvent(
                    $"waiver-{step.Key}", "J-1 waiver: " + step.Title + " (expected from)", earliest, $"{step.Duration}: expected from {earliest:yyyy-MM-dd} to {latest:yyyy-MM-dd}.{source}");
            }
        }
    }

    /// <summary>Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 3.3.11).</summary>
    public static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal)
            .ReplaceLineEndings("\\n");

    /// <summary>Folds a content line into lines of at most 75 octets, continuations starting with a space (3.1).</summary>
    public static string Fold(string line)
    {
        if (Encoding.UTF8.GetByteCount(line) <= MaxLineOctets)
        {
            return line;
        }

        var folded = new StringBuilder();
        var octets = 0;
        var limit = MaxLineOctets;
        var enumerator = StringInfo.GetTextElementEnumerator(line);
        while (enumerator.MoveNext())
        {
            var element = enumerator.GetTextElement();
            var size = Encoding.UTF8.GetByteCount(element);
            if (octets + size > limit)
            {
                folded.Append("\r\n ");
                octets = 0;
                limit = MaxLineOctets - 1;
            }

            folded.Append(element);
            octets += size;
        }

        return folded.ToString();
    }

    private static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
