using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Pairings;

namespace ImgPortal.UnitTests.Mentoring.Pairings;

public sealed class StuckRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Reasons_NoMeetingAfterThirtyDays_SaysSo()
    {
        var reasons = StuckRules.Reasons(Now.AddDays(-30), Now, meetingLogged: false, []);

        Assert.Equal([StuckRules.NoMeetingReason], reasons);
    }

    [Fact]
    public void Reasons_NoMeetingYetButUnderThirtyDays_None()
    {
        Assert.Empty(StuckRules.Reasons(Now.AddDays(-29), Now, meetingLogged: false, []));
    }

    [Fact]
    public void Reasons_MeetingLoggedAndNotWellFromBothSides_NamesEachSideOnce()
    {
        var reasons = StuckRules.Reasons(Now.AddDays(-60), Now, meetingLogged: true, [PairingSide.Member, PairingSide.Mentor, PairingSide.Member]);

        Assert.Equal([StuckRules.NotWellReason(PairingSide.Mentor), StuckRules.NotWellReason(PairingSide.Member)], reasons);
    }
}
