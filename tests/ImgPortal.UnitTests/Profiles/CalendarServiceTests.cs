using System.Globalization;
using System.Text;
using ImgPortal.Core.Profiles;
using Microsoft.Extensions.Time.Testing;

namespace ImgPortal.UnitTests.Profiles;

public sealed class CalendarServiceTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.Zero));

    [Fact]
    public void ToICalendar_TwoEvents_IsAParsableCalendarWithTheRightDates()
    {
        var calendar = new CalendarService(_clock);

        var text = calendar.ToICalendar(
        [
            new CalendarEvent("season-3-2027", "NRMP rank-order list deadline", new DateOnly(2027, 3, 3), "Approximate"),
            new CalendarEvent("season-6-2027", "Residency starts", new DateOnly(2027, 7, 1), string.Empty),
        ]);

        var events = Parse(text);
        Assert.Equal(2, events.Count);
        Assert.Equal("20270303", events[0]["DTSTART;VALUE=DATE"]);
        Assert.Equal("20270304", events[0]["DTEND;VALUE=DATE"]);
        Assert.Equal("NRMP rank-order list deadline", events[0]["SUMMARY"]);
        Assert.Equal("season-3-2027@imgportal.local", events[0]["UID"]);
        Assert.Equal("20261123T093000Z", events[0]["DTSTAMP"]);
        Assert.Equal("20270701", events[1]["DTSTART;VALUE=DATE"]);
    }

    [Fact]
    public void ToICalendar_Always_UsesCrlfLineEndingsAndWrapsEventsInAVcalendar()
    {
        var text = new CalendarService(_clock).ToICalendar([new CalendarEvent("x", "Match Day", new DateOnly(2027, 3, 19), "")]);

        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:", text, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void ToICalendar_TextWithCommasSemicolonsAndNewLines_IsEscaped()
    {
        var text = new CalendarService(_clock).ToICalendar(
            [new CalendarEvent("x", "Match Week, with SOAP; check\\confirm", new DateOnly(2027, 3, 15), "line one\nline two")]);

        Assert.Contains("SUMMARY:Match Week\\, with SOAP\\; check\\\\confirm\r\n", text, StringComparison.Ordinal);
        Assert.Contains("DESCRIPTION:line one\\nline two\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToICalendar_LongLine_IsFoldedAt75Octets()
    {
        var title = string.Concat(Enumerable.Repeat("Résidence ", 20));

        var text = new CalendarService(_clock).ToICalendar([new CalendarEvent("x", title, new DateOnly(2027, 3, 15), "")]);

        Assert.All(text.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.Equal(title.TrimEnd(), Parse(text)[0]["SUMMARY"].TrimEnd());
    }

    [Fact]
    public void EventsFor_FcvsFollowUpDue_AddsItAfterTheSeasonDates()
    {
        var roadmap = new Roadmap(
            true, [], RoadmapStage.Exams, [],
            [new SeasonDateItem(1, "Match Day", new DateOnly(2027, 3, 19), SeasonDateKind.Match, 2027, "")],
            new DateOnly(2026, 11, 23), new DateOnly(2026, 12, 1));

        var events = new CalendarService(_clock).EventsFor(roadmap);

        Assert.Equal(["Follow up with FCVS", "Match Day"], events.Select(e => e.Title));
    }

    /// <summary>A small RFC 5545 reader: unfolds lines, then reads each VEVENT's properties (escapes undone).</summary>
    private static List<Dictionary<string, string>> Parse(string text)
    {
        var unfolded = text.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var events = new List<Dictionary<string, string>>();
        Dictionary<string, string>? current = null;
        foreach (var line in unfolded)
        {
            if (line == "BEGIN:VEVENT")
            {
                current = [];
            }
            else if (line == "END:VEVENT")
            {
                events.Add(current!);
                current = null;
            }
            else if (current is not null)
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                current[line[..colon]] = line[(colon + 1)..]
                    .Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\,", ",", StringComparison.Ordinal)
                    .Replace("\\;", ";", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
            }
        }

        Assert.True(DateTime.TryParseExact(events.FirstOrDefault()?["DTSTAMP"], "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
        return events;
    }
}
