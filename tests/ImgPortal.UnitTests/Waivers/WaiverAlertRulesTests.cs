using ImgPortal.Core.Waivers;

namespace ImgPortal.UnitTests.Waivers;

public sealed class WaiverAlertRulesTests
{
    private static readonly DateOnly InFy2027 = new(2026, 10, 1);

    private static WaiverAlertYear Year(WaiverCycleStatus status, int used, bool reported = true, int year = 2027) =>
        new(7, "State 30", year, status, reported, 30, used);

    private static IReadOnlyList<WaiverAlert> Select(WaiverAlertYear year, WaiverAlertMember member, params (string, string)[] sent) =>
        WaiverAlertRules.Select([member], [year], sent.ToHashSet(), InFy2027);

    [Theory]
    [InlineData(WaiverCycleStatus.Unknown, false)]
    [InlineData(WaiverCycleStatus.NotYetOpen, false)]
    [InlineData(WaiverCycleStatus.Open, true)]
    [InlineData(WaiverCycleStatus.Full, true)]
    [InlineData(WaiverCycleStatus.Closed, false)]
    public void Select_CycleStatus_SendsTheOpenedAlertOnlyOnceItIsOpenOrFull(WaiverCycleStatus status, bool expected)
    {
        var alerts = Select(Year(status, 0), new WaiverAlertMember("u1", "u1@example.org", true, false));

        Assert.Equal(expected, alerts.Any(a => a.Kind == WaiverAlertKind.CycleOpened));
    }

    [Theory]
    [InlineData(25, true, false)]
    [InlineData(26, true, true)]
    [InlineData(30, true, true)]
    [InlineData(29, false, false)]
    public void Select_SlotsUsed_SendsTheFewSlotsAlertWhenReportedFiguresLeaveFewerThanFive(int used, bool reported, bool expected)
    {
        var alerts = Select(Year(WaiverCycleStatus.Open, used, reported), new WaiverAlertMember("u1", "u1@example.org", false, true));

        Assert.Equal(expected, alerts.Any(a => a.Kind == WaiverAlertKind.FewSlots));
    }

    [Fact]
    public void Select_AlertAlreadyLogged_IsNotSentAgain()
    {
        var alerts = Select(Year(WaiverCycleStatus.Open, 28), new WaiverAlertMember("u1", "u1@example.org", true, true), ("u1", "waiver-opened:7"));

        var alert = Assert.Single(alerts);
        Assert.Equal("waiver-few-slots:7", alert.Key);
    }

    [Fact]
    public void Select_MemberWithNoAlertsChosen_GetsNothing()
    {
        var alerts = Select(Year(WaiverCycleStatus.Full, 30), new WaiverAlertMember("u1", "u1@example.org", false, false));

        Assert.Empty(alerts);
    }

    [Fact]
    public void Select_YearOtherThanTodaysFiscalYear_GetsNothing()
    {
        var alerts = Select(Year(WaiverCycleStatus.Open, 30, year: 2026), new WaiverAlertMember("u1", "u1@example.org", true, true));

        Assert.Empty(alerts);
    }
}
