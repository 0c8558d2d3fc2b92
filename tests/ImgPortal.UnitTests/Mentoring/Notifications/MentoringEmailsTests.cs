using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Applications;
using ImgPortal.Core.Mentoring.Notifications;
using ImgPortal.Core.Mentoring.Requests;
using ImgPortal.Core.Mentoring.Sharing;
using ImgPortal.Core.Mentoring.Vetting;
using ImgPortal.Core.Profiles;
using Moq;

namespace ImgPortal.UnitTests.Mentoring.Notifications;

public sealed class MentoringEmailsTests
{
    private static readonly MenteeRequestDetails Request = new(
        "Ana <Ruiz>", HelpAreas.Interviewing | HelpAreas.Visas, "Internal Medicine", "Spanish", "NY", string.Empty, "Mexico", string.Empty);

    private static readonly DateTime ExpiresAt = new(2026, 12, 14, 9, 0, 0, DateTimeKind.Utc);

    private readonly MentoringEmails _emails;

    public MentoringEmailsTests()
    {
        var links = new Mock<IPortalLinks>();
        links.Setup(l => l.Absolute(It.IsAny<string>())).Returns((string path) => new Uri("https://portal.example" + path));
        _emails = new MentoringEmails(links.Object);
    }

    [Theory]
    [InlineData(MentorStatus.Pending, MentorStatus.Approved, "ImgPortal: you are now a mentor")]
    [InlineData(MentorStatus.Paused, MentorStatus.Approved, "ImgPortal: your mentoring is resumed")]
    [InlineData(MentorStatus.Pending, MentorStatus.Declined, "ImgPortal: your application to mentor")]
    [InlineData(MentorStatus.Approved, MentorStatus.Paused, "ImgPortal: your mentoring is paused")]
    [InlineData(MentorStatus.Approved, MentorStatus.Retired, "ImgPortal: thank you for mentoring")]
    public void StatusChanged_Subject_IsWordedLikeTheOtherPortalSubjects(MentorStatus from, MentorStatus to, string subject)
    {
        var email = MentoringEmails.StatusChanged(from, to, "A reason");

        // Lower case after "ImgPortal: ", as every other portal subject, and the portal named once.
        Assert.Equal(subject, email?.Subject);
    }

    [Fact]
    public void ApplicationReceived_SaysWhatHappensNextHowLongAndLinksBackToTheApplication()
    {
        var email = _emails.ApplicationReceived("Dr Rao", ReviewEstimate.Describe(TimeSpan.FromDays(5)));

        Assert.Contains("What happens next", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("about 5 days", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("href=\"https://portal.example/mentoring/application\"", email.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void ApplicationReceived_TooFewRecentDecisions_SaysItCannotTellHowLong()
    {
        var email = _emails.ApplicationReceived("Dr Rao", ReviewEstimate.Describe(ReviewEstimate.Average([TimeSpan.FromDays(2)])));

        Assert.Contains("too few applications recently", email.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Proposed_SaysWhatTheMenteeAskedForWhatHappensNextAndWhenItExpires()
    {
        var roadmap = new SharedRoadmap(true, RoadmapStage.Match, []);

        var email = _emails.Proposed(Request, roadmap, 42, 7, ExpiresAt);

        Assert.Contains("Ana &lt;Ruiz&gt; asked for a mentor", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<li>Help with: Interviewing, Visas</li>", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<li>Specialty: Internal Medicine</li>", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<li>Language: Spanish</li>", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<li>Roadmap stage: In the Match</li>", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("What happens next", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("href=\"https://portal.example/mentoring/pairings/42\"", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("expires in 7 days, on December 14, 2026", email.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Proposed_MenteeDidNotShareTheirRoadmap_SaysTheStageIsNotShared()
    {
        var email = _emails.Proposed(Request with { PreferredSpecialty = null, Language = null }, null, 42, 10, ExpiresAt);

        Assert.Contains("<li>Roadmap stage: not shared by the mentee</li>", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<li>Specialty: any specialty</li>", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<li>Language: no preference given</li>", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("expires in 10 days", email.HtmlBody, StringComparison.Ordinal);
    }
}
