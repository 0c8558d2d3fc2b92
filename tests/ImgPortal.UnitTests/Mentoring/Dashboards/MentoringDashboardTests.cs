using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Applications;
using ImgPortal.Core.Mentoring.Dashboards;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Mentoring.Requests;
using ImgPortal.Core.Mentoring.Vetting;

namespace ImgPortal.UnitTests.Mentoring.Dashboards;

public sealed class MentoringDashboardTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    private static readonly OwnApplication Application = new(1, "Dr Rao", MentorStatus.Approved, string.Empty, Now, 3, 2);

    private static readonly MemberDashboardRequest Request = new(7, RequestStatus.Open, Now, null, null, [], [], []);

    [Theory]
    [InlineData(false, false, false, true)]
    [InlineData(false, true, false, true)]
    [InlineData(true, false, true, false)]
    [InlineData(true, true, true, true)]
    public void Sides_ByWhatThePersonDid_ShowsOnlyTheirOwn(bool volunteered, bool asked, bool mentorSide, bool menteeSide)
    {
        var dashboard = new MentoringDashboard(volunteered ? Application : null, [], asked ? [Request] : [], false);

        var sides = (dashboard.ShowsMentorSide, dashboard.ShowsMenteeSide);

        Assert.Equal((mentorSide, menteeSide), sides);
    }

    [Fact]
    public void Groups_PairingsOfEveryState_SplitIntoProposalsMenteesAndEarlier()
    {
        var pairings = Enum.GetValues<PairingState>().Select((state, i) => Pairing(i, state)).ToList();
        var dashboard = new MentoringDashboard(Application, pairings, [], false);

        var groups = (dashboard.Proposals.Select(p => p.Pairing.State), dashboard.ActiveMentees.Select(p => p.Pairing.State), dashboard.EarlierPairings.Count);

        Assert.Equal([PairingState.Proposed], groups.Item1);
        Assert.Equal([PairingState.Accepted], groups.Item2);
        Assert.Equal(pairings.Count - 2, groups.Item3);
    }

    private static MentorDashboardPairing Pairing(int id, PairingState state) => new(
        new PairingView(id, 1, "Dr Rao", id, "Mentee " + id, state, Now, null, null, string.Empty),
        new MenteeRequestDetails("Mentee " + id, HelpAreas.Interviewing, null, null, null, string.Empty, string.Empty, string.Empty),
        null,
        false);
}
