using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Notifications;
using ImgPortal.Core.Mentoring.Pairings;
using Moq;

namespace ImgPortal.UnitTests.Mentoring.Notifications;

public sealed class ClosingEmailsTests
{
    private readonly MentoringEmails _emails;

    public ClosingEmailsTests()
    {
        var links = new Mock<IPortalLinks>();
        links.Setup(l => l.Absolute(It.IsAny<string>())).Returns((string path) => new Uri(new Uri("https://portal.example"), path));
        _emails = new MentoringEmails(links.Object);
    }

    [Fact]
    public void Ended_ToTheMentorWhenTheMenteeClosed_NamesTheMenteeAsWhoClosedItAndTheReason()
    {
        var email = _emails.Ended(7, PairingSide.Mentor, "Amal", PairingSide.Member, " I matched. ");

        Assert.Equal("ImgPortal: your mentoring of Amal has ended", email.Subject);
        Assert.Contains("Your mentoring of Amal has ended. Amal closed it. The reason given: \u201cI matched.\u201d", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("https://portal.example/mentoring/pairings/7", email.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Ended_ToTheSideThatClosed_SaysYouClosedIt()
    {
        var email = _emails.Ended(7, PairingSide.Member, "Dr Rivera", PairingSide.Member, "I matched.");

        Assert.Equal("ImgPortal: your mentoring with Dr Rivera has ended", email.Subject);
        Assert.Contains("Your mentoring with Dr Rivera has ended. You closed it.", email.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Ended_ByStaffWithoutAReason_SaysStaffClosedItAndNoReasonWasGiven()
    {
        var email = _emails.Ended(7, PairingSide.Member, "Dr Rivera", PairingSide.Staff, "  ");

        Assert.Contains("Program staff closed it. No reason was given.", email.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Ended_NamesAndReason_AreHtmlEncoded()
    {
        var email = _emails.Ended(7, PairingSide.Mentor, "<b>Amal</b>", PairingSide.Member, "a < b");

        Assert.DoesNotContain("<b>Amal</b>", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("a &lt; b", email.HtmlBody, StringComparison.Ordinal);
    }
}
