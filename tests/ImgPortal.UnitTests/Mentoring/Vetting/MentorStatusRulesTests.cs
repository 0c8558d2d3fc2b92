using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Matching;
using ImgPortal.Core.Mentoring.Vetting;

namespace ImgPortal.UnitTests.Mentoring.Vetting;

public sealed class MentorStatusRulesTests
{
    [Fact]
    public void TransitionsFrom_Pending_OffersApproveAndDeclineWithAReasonForDecline()
    {
        var moves = MentorStatusRules.TransitionsFrom(MentorStatus.Pending);

        Assert.Equal([MentorStatus.Approved, MentorStatus.Declined], moves.Select(m => m.To));
        Assert.Equal(["Approve", "Decline"], moves.Select(m => m.Label));
        Assert.Equal([false, true], moves.Select(m => m.NeedsReason));
    }

    [Fact]
    public void TransitionsFrom_Paused_LabelsApprovalAsResume()
    {
        var moves = MentorStatusRules.TransitionsFrom(MentorStatus.Paused);

        Assert.Equal("Resume", moves.Single(m => m.To == MentorStatus.Approved).Label);
        Assert.Contains(moves, m => m.To == MentorStatus.Retired && !m.NeedsReason);
    }

    [Theory]
    [InlineData(MentorStatus.Declined)]
    [InlineData(MentorStatus.Retired)]
    public void TransitionsFrom_FinalStatus_OffersNothing(MentorStatus status)
    {
        Assert.Empty(MentorStatusRules.TransitionsFrom(status));
    }

    [Theory]
    [InlineData(MentorStatus.Pending, MentorStatus.Paused, false)]
    [InlineData(MentorStatus.Approved, MentorStatus.Paused, true)]
    [InlineData(MentorStatus.Declined, MentorStatus.Approved, false)]
    public void MayMove_FollowsTheRoster(MentorStatus from, MentorStatus to, bool expected)
    {
        Assert.Equal(expected, MentorStatusRules.MayMove(from, to));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(MentorStatus.Declined, true)]
    [InlineData(MentorStatus.Retired, true)]
    [InlineData(MentorStatus.Pending, false)]
    [InlineData(MentorStatus.Approved, false)]
    [InlineData(MentorStatus.Paused, false)]
    public void MayApply_OnlyWithoutALiveApplication(MentorStatus? current, bool expected)
    {
        Assert.Equal(expected, MentorStatusRules.MayApply(current));
    }

    [Fact]
    public void ReasonRules_Clean_TrimsAndRefusesOverTheLimit()
    {
        Assert.Equal("busy", ReasonRules.Clean("  busy "));
        Assert.Equal(string.Empty, ReasonRules.Clean(null));
        Assert.Null(ReasonRules.Clean(new string('x', MentoringLimits.Reason + 1)));
        Assert.NotNull(ReasonRules.Clean(new string('x', MentoringLimits.Reason)));
    }

    [Fact]
    public void MatchScorer_Criteria_StateTheWeightsTheScorerUses()
    {
        Assert.Contains(MatchScorer.Criteria, c => c.Points == MatchScorer.SpecialtyWeight.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(MatchScorer.Criteria, c => c.Description.Contains("docs", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(MentorStatus.Approved, "approved")]
    [InlineData(MentorStatus.Declined, "declined")]
    [InlineData(MentorStatus.Paused, "paused")]
    [InlineData(MentorStatus.Retired, "retired")]
    [InlineData(MentorStatus.Pending, "waiting for vetting")]
    public void InWords_EachStatus_ReadsInLowerCaseInsideASentence(MentorStatus status, string expected) =>
        Assert.Equal(expected, MentorStatusRules.InWords(status));
}
