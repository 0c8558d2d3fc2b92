using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Mentoring.Sharing;
using ImgPortal.Core.Planning;
using ImgPortal.Core.Profiles;

namespace ImgPortal.UnitTests.Mentoring.Sharing;

public sealed class RoadmapSharingRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    [Theory]
    [InlineData(PairingState.Proposed)]
    [InlineData(PairingState.Accepted)]
    public void MayShow_MentorOfAnOpenPairingWithConsent_IsTrue(PairingState state) =>
        Assert.True(RoadmapSharingRules.MayShow(PairingSide.Mentor, state, menteeConsents: true));

    [Fact]
    public void MayShow_MentorWithoutConsent_IsFalse() =>
        Assert.False(RoadmapSharingRules.MayShow(PairingSide.Mentor, PairingState.Accepted, menteeConsents: false));

    [Theory]
    [InlineData(PairingSide.Staff)]
    [InlineData(PairingSide.Member)]
    public void MayShow_AnyoneButTheMentor_IsFalseEvenWithConsent(PairingSide viewer) =>
        Assert.False(RoadmapSharingRules.MayShow(viewer, PairingState.Accepted, menteeConsents: true));

    [Theory]
    [InlineData(PairingState.Ended)]
    [InlineData(PairingState.Declined)]
    [InlineData(PairingState.Cancelled)]
    [InlineData(PairingState.Expired)]
    public void MayShow_PairingNoLongerOpen_IsFalseEvenWithConsent(PairingState state) =>
        Assert.False(RoadmapSharingRules.MayShow(PairingSide.Mentor, state, menteeConsents: true));

    [Fact]
    public void From_Roadmap_GivesTheStageAndTheNextThreeDatedStepsStillAheadSoonestFirst()
    {
        var roadmap = new Roadmap(true, [], RoadmapStage.Application, [], [], Today, null)
        {
            OwnDeadlines =
            [
                Step("late", new DateOnly(2027, 3, 1)),
                Step("done", new DateOnly(2026, 12, 20), done: true),
                Step("undated", null),
                Step("past", new DateOnly(2026, 12, 1)),
                Step("soon", new DateOnly(2026, 12, 15)),
                Step("middle", new DateOnly(2027, 1, 10)),
                Step("latest", new DateOnly(2027, 6, 1)),
            ],
        };

        var shared = RoadmapSharingRules.From(roadmap);

        Assert.Equal(RoadmapStage.Application, shared.Stage);
        Assert.Equal(["soon", "middle", "late"], shared.NextSteps.Select(s => s.Title));
        Assert.Equal(new DateOnly(2026, 12, 15), shared.NextSteps[0].DueBy);
    }

    private static CycleStep Step(string title, DateOnly? due, bool done = false) =>
        new(title, title, due, due?.ToString("MMMM d, yyyy") ?? "not announced", false, "why", done, null);
}
