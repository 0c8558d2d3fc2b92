using ImgPortal.Core.Mentoring.CheckIns;
using Microsoft.Extensions.Time.Testing;

namespace ImgPortal.UnitTests.Mentoring.CheckIns;

public sealed class CheckInScheduleTests
{
    private static readonly DateTime AcceptedAt = new(2026, 9, 1, 10, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(0, null)]
    [InlineData(29.9, null)]
    [InlineData(30, CheckInMilestone.Day30)]
    [InlineData(89.9, CheckInMilestone.Day30)]
    [InlineData(90, CheckInMilestone.Day90)]
    [InlineData(400, CheckInMilestone.Day90)]
    public void Due_NothingSentYet_TheLatestMilestoneReached(double days, CheckInMilestone? expected)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(AcceptedAt));
        clock.Advance(TimeSpan.FromDays(days));

        var due = CheckInSchedule.Due(AcceptedAt, clock.GetUtcNow().UtcDateTime, []);

        Assert.Equal(expected, due);
    }

    [Fact]
    public void Due_ThirtyDayCheckInAlreadySent_NothingUntilDayNinety()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(AcceptedAt.AddDays(45)));

        var atDay45 = CheckInSchedule.Due(AcceptedAt, clock.GetUtcNow().UtcDateTime, [CheckInMilestone.Day30]);
        clock.Advance(TimeSpan.FromDays(45));
        var atDay90 = CheckInSchedule.Due(AcceptedAt, clock.GetUtcNow().UtcDateTime, [CheckInMilestone.Day30]);

        Assert.Null(atDay45);
        Assert.Equal(CheckInMilestone.Day90, atDay90);
    }

    [Fact]
    public void Due_BothSent_NeverAgain()
    {
        var due = CheckInSchedule.Due(AcceptedAt, AcceptedAt.AddDays(200), [CheckInMilestone.Day30, CheckInMilestone.Day90]);

        Assert.Null(due);
    }

    [Fact]
    public void Due_NinetyDaySentButNotThirty_DoesNotGoBackToThirty()
    {
        var due = CheckInSchedule.Due(AcceptedAt, AcceptedAt.AddDays(120), [CheckInMilestone.Day90]);

        Assert.Null(due);
    }
}
