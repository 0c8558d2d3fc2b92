using ImgPortal.Core.Content.Editing;

namespace ImgPortal.UnitTests.Content.Editing;

/// <summary>The "Send for review" e-mail as content, before the portal's template lays it out (ADR 0093).</summary>
public sealed class DraftReviewMailerTests
{
    [Fact]
    public void RequestContent_ReviewRequest_LinksToTheDraftAndSaysWhoAsked()
    {
        var content = DraftReviewMailer.RequestContent(
            "reviewer@test.example", 3, "Echo", "author@test.example", "Please check the fees.", new Uri("https://portal.test/staff/pages/3#draft-review"));

        Assert.Equal("reviewer@test.example", content.To);
        Assert.Equal("Please review the draft of “Echo”", content.Subject);
        Assert.Equal(new Uri("https://portal.test/staff/pages/3#draft-review"), content.Action!.Url);
        Assert.Contains(content.Paragraphs, p => p.Contains("author@test.example asks you", StringComparison.Ordinal));
        Assert.Contains(content.Paragraphs, p => p.Contains("Please check the fees.", StringComparison.Ordinal));
        Assert.Equal("/staff/pages/3#draft-review", DraftReviewMailer.DraftPath(3));
    }

    [Theory]
    [InlineData(DraftReviewStatus.Approved, "Approved: the draft of “Echo”", "reviewer@test.example approved the draft")]
    [InlineData(DraftReviewStatus.Returned, "Returned: the draft of “Echo” needs changes", "reviewer@test.example returned the draft")]
    public void DecisionContent_ApprovedOrReturned_TellsTheAuthorWhoDecidedWithTheCommentAndALink(DraftReviewStatus decision, string subject, string said)
    {
        var content = DraftReviewMailer.DecisionContent(
            "author@test.example", "Echo", "reviewer@test.example", decision, " Check the 2027 fee. ", new Uri("https://portal.test/staff/pages/3#draft-review"));

        Assert.Equal("author@test.example", content.To);
        Assert.Equal(subject, content.Subject);
        Assert.StartsWith(said, content.Paragraphs[0], StringComparison.Ordinal);
        Assert.Contains("Their comment: Check the 2027 fee.", content.Paragraphs);
        Assert.Equal(new Uri("https://portal.test/staff/pages/3#draft-review"), content.Action!.Url);
        Assert.Equal(DraftReviewMailer.DecisionReason, content.Reason);
    }
}
