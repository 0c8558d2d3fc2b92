using ImgPortal.Core.Content;
using ImgPortal.Core.Pathways;

namespace ImgPortal.UnitTests.Pathways;

public sealed class PathwayStatusesTests
{
    [Theory]
    [InlineData(new[] { PathwayStatus.BillPending, PathwayStatus.AcceptingApplications, PathwayStatus.EnactedRulesPending }, PathwayStatus.AcceptingApplications)]
    [InlineData(new[] { PathwayStatus.BillPending, PathwayStatus.EnactedRulesPending }, PathwayStatus.EnactedRulesPending)]
    [InlineData(new[] { PathwayStatus.Ended, PathwayStatus.BillPending, PathwayStatus.Failed }, PathwayStatus.BillPending)]
    public void Strongest_MixOfStatuses_IsTheStrongestCurrentOne(PathwayStatus[] statuses, PathwayStatus expected)
    {
        var strongest = PathwayStatuses.Strongest(statuses);

        Assert.Equal(expected, strongest);
    }

    [Fact]
    public void Strongest_OnlyEndedAndFailed_IsNone()
    {
        var strongest = PathwayStatuses.Strongest([PathwayStatus.Ended, PathwayStatus.Failed]);

        Assert.Null(strongest);
    }

    [Fact]
    public void StrongestByState_SeveralStates_GivesEachItsOwnAndLeavesOutStatesWithOnlyHistory()
    {
        var pathways = new[]
        {
            ("NY", PathwayStatus.BillPending), ("NY", PathwayStatus.AcceptingApplications), ("ny", PathwayStatus.Ended),
            ("TN", PathwayStatus.EnactedRulesPending), ("NJ", PathwayStatus.Ended),
        };

        var byState = PathwayStatuses.StrongestByState(pathways);

        Assert.Equal(2, byState.Count);
        Assert.Equal(PathwayStatus.AcceptingApplications, byState["NY"]);
        Assert.Equal(PathwayStatus.EnactedRulesPending, byState["TN"]);
        Assert.False(byState.ContainsKey("NJ"));
    }

    [Theory]
    [InlineData(PathwayStatus.BillPending, true)]
    [InlineData(PathwayStatus.EnactedRulesPending, true)]
    [InlineData(PathwayStatus.AcceptingApplications, true)]
    [InlineData(PathwayStatus.Ended, false)]
    [InlineData(PathwayStatus.Failed, false)]
    public void IsCurrent_EachStatus_SaysWhetherItIsCurrentLawOrOnTheWay(PathwayStatus status, bool expected)
    {
        Assert.Equal(expected, PathwayStatuses.IsCurrent(status));
    }
}
