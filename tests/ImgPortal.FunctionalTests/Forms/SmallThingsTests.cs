using System.Net;
using AngleSharp.Html.Dom;
using ImgPortal.TestSupport;

namespace ImgPortal.FunctionalTests.Forms;

/// <summary>Issue 21, item 9: the small things a person stumbled on, each checked where it shows.</summary>
public sealed class SmallThingsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task MentorDirectory_NoMentorMatches_SaysWhatToDoNextNotABareZero()
    {
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/mentoring/mentors?specialty=No+such+specialty+xyz");

        Assert.DoesNotContain("0 mentors found", page.MainText, StringComparison.Ordinal);
        var next = page.Document.QuerySelector("#no-mentors");
        Assert.NotNull(next);
        Assert.NotNull(next.QuerySelector("a[href='/mentoring/mentors']"));
        Assert.NotNull(next.QuerySelector("a[href='/mentoring/request']"));
    }

    [Fact]
    public async Task StatePathwayCheck_Form_PostsToItsResultsSoAPhoneLandsOnThem()
    {
        var client = PortalClient.Anonymous(factory);
        var page = await HtmlPage.GetAsync(client, "/state-pathways/check");

        Assert.Equal("/state-pathways/check#check-results", page.Document.QuerySelector("#check-form")!.GetAttribute("action"));
        var answered = await page.SubmitAsync(client, new Dictionary<string, string>(), "#check-form");
        var results = answered.Document.QuerySelector("#check-results");
        Assert.NotNull(results);
        var first = results.QuerySelector("h2 + *");
        Assert.NotNull(first);
        Assert.False(first.ClassList.Contains("alert"), "The results open with the warning, not with their summary.");
    }

    [Fact]
    public async Task Register_RefusedPost_ShowsFriendlyMessagesForEveryFieldAtOnce()
    {
        var client = PortalClient.Anonymous(factory);
        var form = await HtmlPage.GetAsync(client, "/Identity/Account/Register");

        var refused = await form.SubmitAsync(client, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = string.Empty,
            ["Input.Email"] = "not-an-address",
            ["Input.Password"] = "short",
            ["Input.ConfirmPassword"] = "other",
        }, "#registerForm");

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        var messages = refused.ValidationMessages;
        Assert.Contains("Enter your name, as you would like the portal and your mentor to address you.", messages);
        Assert.Contains("Enter an e-mail address in the form name@example.com.", messages);
        Assert.Contains(messages, m => m.StartsWith("Choose a password of at least", StringComparison.Ordinal));
        Assert.Contains("The two passwords differ: type the same password in both boxes.", messages);
        Assert.DoesNotContain(messages, m => m.Contains("The Password", StringComparison.Ordinal) || m.Contains("field is required", StringComparison.Ordinal));
        Assert.NotNull(refused.Document.QuerySelector("#error-summary a[href='#Input_DisplayName']"));
    }
}
