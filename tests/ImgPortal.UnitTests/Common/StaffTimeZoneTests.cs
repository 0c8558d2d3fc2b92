using ImgPortal.Core.Common;
using Microsoft.Extensions.Options;

namespace ImgPortal.UnitTests.Common;

/// <summary>New York times at both 2026 clock changes: March 8 (2:00 → 3:00) and November 1 (2:00 → 1:00).</summary>
public sealed class StaffTimeZoneTests
{
    private readonly StaffTimeZone _zone = new(Options.Create(new StaffTimeOptions()));

    [Fact]
    public void ToUtc_OrdinaryWinterAndSummerTimes_AddTheirOffsets()
    {
        var winter = _zone.ToUtc(new DateTime(2026, 1, 15, 9, 0, 0), "PublishAt");
        var summer = _zone.ToUtc(new DateTime(2026, 7, 15, 9, 0, 0), "PublishAt");

        Assert.Equal(new DateTime(2026, 1, 15, 14, 0, 0, DateTimeKind.Utc), winter.Value);
        Assert.Equal(new DateTime(2026, 7, 15, 13, 0, 0, DateTimeKind.Utc), summer.Value);
    }

    [Fact]
    public void ToUtc_SpringForwardSkippedHalfHour_IsRefusedWithAPlainMessage()
    {
        var outcome = _zone.ToUtc(new DateTime(2026, 3, 8, 2, 30, 0), "PublishAt");

        Assert.Equal(OutcomeKind.Invalid, outcome.Kind);
        Assert.Equal("PublishAt", outcome.Errors[0].Field);
        Assert.Equal(
            "2:30 AM on March 8, 2026 does not exist in New York time: the clocks go forward an hour that night. Choose a time outside the skipped hour.",
            outcome.Message);
    }

    [Theory]
    [InlineData(1, 59, 6, 59)]
    [InlineData(3, 0, 7, 0)]
    public void ToUtc_EitherSideOfTheSkippedHour_Converts(int hour, int minute, int utcHour, int utcMinute) =>
        Assert.Equal(new DateTime(2026, 3, 8, utcHour, utcMinute, 0, DateTimeKind.Utc), _zone.ToUtc(new DateTime(2026, 3, 8, hour, minute, 0), "PublishAt").Value);

    [Fact]
    public void ToUtc_FallBackRepeatedHour_IsAlwaysTheFirstOccurrenceInDaylightTime()
    {
        var first = _zone.ToUtc(new DateTime(2026, 11, 1, 1, 30, 0), "PublishAt");
        var again = _zone.ToUtc(new DateTime(2026, 11, 1, 1, 30, 0), "PublishAt");

        Assert.Equal(new DateTime(2026, 11, 1, 5, 30, 0, DateTimeKind.Utc), first.Value);
        Assert.Equal(first.Value, again.Value);
    }

    [Fact]
    public void Format_BothSidesOfFallBack_ShowsTheSameLocalHourTwiceFromDifferentInstants()
    {
        var daylight = _zone.Format(new DateTime(2026, 11, 1, 5, 30, 0, DateTimeKind.Utc));
        var standard = _zone.Format(new DateTime(2026, 11, 1, 6, 30, 0, DateTimeKind.Utc));

        Assert.Equal("Nov 1, 2026, 1:30 AM (New York time)", daylight);
        Assert.Equal("Nov 1, 2026, 1:30 AM (New York time)", standard);
    }

    [Fact]
    public void InputValue_SummerInstant_IsTheLocalWallClockForADateTimeLocalInput() =>
        Assert.Equal("2026-07-15T09:00", _zone.InputValue(new DateTime(2026, 7, 15, 13, 0, 0, DateTimeKind.Utc)));

    [Fact]
    public void Constructor_OtherZone_NamesItsCity() =>
        Assert.Equal("Los Angeles time", new StaffTimeZone(Options.Create(new StaffTimeOptions { TimeZone = "America/Los_Angeles" })).Name);

    [Theory]
    [InlineData(1, 1, 1, 0, 0)]
    [InlineData(9999, 12, 31, 23, 59)]
    public void ToUtc_ATimeAtTheEndsOfTheCalendar_IsRefusedNotThrown(int year, int month, int day, int hour, int minute)
    {
        var outcome = _zone.ToUtc(new DateTime(year, month, day, hour, minute, 0), "PublishAt");

        Assert.False(outcome.Succeeded);
        Assert.Contains(outcome.Errors, e => e.Field == "PublishAt" && e.Message == DateBounds.Message);
    }
}
