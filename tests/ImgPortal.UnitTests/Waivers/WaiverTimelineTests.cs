using ImgPortal.Core.Profiles;
using ImgPortal.Core.Waivers;

namespace ImgPortal.UnitTests.Waivers;

public sealed class WaiverTimelineTests
{
    private static readonly DateOnly Start = new(2026, 10, 1);

    [Fact]
    public void Build_StartOnly_DatesTheCaseNumberAndLeavesEveryLaterStepUnknown()
    {
        var steps = WaiverTimeline.Build(Start, null);

        Assert.Equal(["case-number", "state-review", "dos-recommendation", "uscis-decision", "start-work"], steps.Select(s => s.Key));
        Assert.Equal((Start, Start), (steps[0].Earliest!.Value, steps[0].Latest!.Value));
        Assert.All(steps.Skip(1), s => Assert.False(s.Known));
        Assert.StartsWith("Unknown for New York", steps[1].Duration, StringComparison.Ordinal);
        Assert.All(steps, s => Assert.StartsWith("http", s.Source!.Url, StringComparison.Ordinal));
    }

    [Fact]
    public void Build_WithTheStatesDate_AddsEachSourcedDurationInTurn()
    {
        var recommended = new DateOnly(2026, 12, 15);

        var steps = WaiverTimeline.Build(Start, recommended).ToDictionary(s => s.Key);

        Assert.Equal((recommended, recommended), (steps["state-review"].Earliest!.Value, steps["state-review"].Latest!.Value));
        Assert.True(steps["state-review"].FromMember);
        Assert.Equal(new DateOnly(2027, 2, 9), steps["dos-recommendation"].Earliest);
        Assert.Equal(new DateOnly(2027, 3, 9), steps["dos-recommendation"].Latest);
        Assert.Equal(new DateOnly(2027, 5, 9), steps["uscis-decision"].Earliest);
        Assert.Equal(new DateOnly(2027, 7, 9), steps["uscis-decision"].Latest);
        Assert.Equal(new DateOnly(2027, 8, 7), steps["start-work"].Earliest);
        Assert.Equal(new DateOnly(2027, 10, 7), steps["start-work"].Latest);
        Assert.True(steps["start-work"].IsDeadline);
    }

    [Theory]
    [InlineData(null, null, "StartedOn")]
    [InlineData("2030-01-01", null, "StartedOn")]
    [InlineData("2026-10-01", "2026-09-30", "StateRecommendedOn")]
    [InlineData("2026-10-01", "2026-11-27", "StateRecommendedOn")]
    public void Check_ImpossibleDates_AreRefusedOnTheirField(string? started, string? recommended, string field)
    {
        var today = new DateOnly(2026, 11, 26);

        var errors = WaiverTimelineService.Check(Parse(started), Parse(recommended), today);

        Assert.Equal([field], errors.Select(e => e.Field));
    }

    [Fact]
    public void Check_StartTodayAndStatesDateLater_IsFine()
    {
        var today = new DateOnly(2026, 11, 26);

        Assert.Empty(WaiverTimelineService.Check(new DateOnly(2026, 10, 1), today, today));
    }

    [Fact]
    public void WaiverEvents_KnownStepsOnly_OneEventEachOnItsDateOrEarliestOrLatestForADeadline()
    {
        var steps = WaiverTimeline.Build(Start, new DateOnly(2026, 12, 15));

        var events = CalendarService.WaiverEvents(steps).ToDictionary(e => e.Uid);

        Assert.Equal(5, events.Count);
        Assert.Equal(Start, events["waiver-case-number"].Date);
        Assert.Equal(new DateOnly(2027, 2, 9), events["waiver-dos-recommendation"].Date);
        Assert.Equal(new DateOnly(2027, 10, 7), events["waiver-start-work"].Date);
        Assert.StartsWith("J-1 waiver: ", events["waiver-uscis-decision"].Title, StringComparison.Ordinal);
        Assert.Contains("Source: ", events["waiver-uscis-decision"].Description, StringComparison.Ordinal);
        Assert.Single(CalendarService.WaiverEvents(WaiverTimeline.Build(Start, null)));
    }

    private static DateOnly? Parse(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
