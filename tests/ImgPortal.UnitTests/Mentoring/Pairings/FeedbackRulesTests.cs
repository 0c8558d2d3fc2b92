using ImgPortal.Core.Mentoring.Pairings;

namespace ImgPortal.UnitTests.Mentoring.Pairings;

public sealed class FeedbackRulesTests
{
    [Fact]
    public void OccasionFor_ActivePairingWithoutACheckIn_DuringThePairing()
    {
        Assert.Equal(FeedbackOccasion.DuringPairing, FeedbackRules.OccasionFor(PairingState.Accepted, null, alreadyGaveAfterClose: false));
    }

    [Theory]
    [InlineData(30, FeedbackOccasion.ThirtyDayCheckIn)]
    [InlineData(90, FeedbackOccasion.NinetyDayCheckIn)]
    [InlineData(45, FeedbackOccasion.DuringPairing)]
    public void OccasionFor_ActivePairingFromACheckIn_TaggedWithThatCheckInOrDuringForAnyOtherNumber(int days, FeedbackOccasion expected)
    {
        Assert.Equal(expected, FeedbackRules.OccasionFor(PairingState.Accepted, days, alreadyGaveAfterClose: false));
    }

    [Fact]
    public void OccasionFor_EndedPairing_AfterTheCloseOnceThenNothing()
    {
        var first = FeedbackRules.OccasionFor(PairingState.Ended, 30, alreadyGaveAfterClose: false);

        var second = FeedbackRules.OccasionFor(PairingState.Ended, null, alreadyGaveAfterClose: true);

        Assert.Equal(FeedbackOccasion.AfterClose, first);
        Assert.Null(second);
    }

    [Theory]
    [InlineData(PairingState.Proposed)]
    [InlineData(PairingState.Declined)]
    [InlineData(PairingState.Cancelled)]
    [InlineData(PairingState.Expired)]
    public void OccasionFor_PairingThatNeverRan_NoFeedback(PairingState state)
    {
        Assert.Null(FeedbackRules.OccasionFor(state, 30, alreadyGaveAfterClose: false));
    }

    [Fact]
    public void Validate_RatingOutOfRangeAndCommentTooLong_OneMessagePerField()
    {
        var errors = FeedbackRules.Validate(6, new string('x', Core.Mentoring.MentoringLimits.Comment + 1));

        Assert.Equal(["Rating", "Comment"], errors.Select(e => e.Field));
    }

    [Fact]
    public void Validate_RatingInRangeAndShortComment_NoErrors()
    {
        Assert.Empty(FeedbackRules.Validate(3, "  Good so far.  "));
    }
}
