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
}
