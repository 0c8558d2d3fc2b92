using ImgPortal.Core.Profiles;
using Microsoft.Extensions.Time.Testing;

namespace ImgPortal.UnitTests.Profiles;

public sealed class ReminderRulesTests
{
    private static readonly SeasonDateItem RankDeadline =
        new(3, "NRMP rank-order list deadline", new DateOnly(2027, 3, 3), SeasonDateKind.Deadline, 2027, "Approximate");

    private static readonly ReminderCandidate Member = new("u1", "ana@example.org", false, false, null, false);

    private static readonly HashSet<(string, string)> NothingSent = [];

    [Theory]
    [InlineData(8, false)]
    [InlineData(7, true)]
    [InlineData(1, true)]
    [InlineData(0, false)]
    public void Select_SeasonDate_IsDueFromAWeekBeforeUntilTheDayBefore(int daysBefore, bool expected)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(RankDeadline.Date.AddDays(-daysBefore), new TimeOnly(8, 0), TimeSpan.Zero));

        var due = ReminderRules.Select([Member], [RankDeadline], NothingSent, Today(clock));

        Assert.Equal(expected, due.Any(d => d.Key == ReminderRules.SeasonKey(RankDeadline)));
    }

    [Fact]
    public void Select_AlreadySent_IsNotSelectedAgain()
    {
        var today = RankDeadline.Date.AddDays(-7);
        var sent = new HashSet<(string, string)> { ("u1", ReminderRules.SeasonKey(RankDeadline)) };

        var due = ReminderRules.Select([Member], [RankDeadline], sent, today);

        Assert.Empty(due);
    }

    [Fact]
    public void Select_MemberTurnedRemindersOff_GetsNothing()
    {
        var today = RankDeadline.Date.AddDays(-7);
        var optedOut = Member with { RemindersOff = true, FcvsStarted = true, FcvsStartedOn = today.AddDays(-60) };

        var due = ReminderRules.Select([optedOut], [RankDeadline], NothingSent, today);

        Assert.Empty(due);
    }

    [Theory]
    [InlineData(31, true)]
    [InlineData(30, false)]
    public void Select_FcvsStartedAndNotComplete_IsDueAfter30Days(int daysAgo, bool expected)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        var member = Member with { FcvsStarted = true, FcvsStartedOn = Today(clock).AddDays(-daysAgo) };

        var due = ReminderRules.Select([member], [], NothingSent, Today(clock));

        Assert.Equal(expected, due.Any(d => d.Subject == "Time to follow up with FCVS" && d.Email == "ana@example.org"));
    }

    [Fact]
    public void Select_SeasonReminder_SaysHowFarAwayTheDateIs()
    {
        var due = ReminderRules.Select([Member], [RankDeadline], NothingSent, RankDeadline.Date.AddDays(-7));

        var reminder = Assert.Single(due);
        Assert.Equal("NRMP rank-order list deadline: in 7 days", reminder.Subject);
        Assert.Contains(reminder.Paragraphs, p => p.Contains("March 3, 2027", StringComparison.Ordinal));
        Assert.Equal("/roadmap", reminder.ActionPath);
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
