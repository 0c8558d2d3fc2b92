using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ImgPortal.Core.Common;
using ImgPortal.TestSupport;

namespace ImgPortal.FunctionalTests.Forms;

/// <summary>
/// Issue 21, item 3 (ADR 0082): a refused form opens at one error summary, first in <c>main</c>, focusable, saying
/// "Nothing was saved", with a link to every field that has an error, all errors at once.
/// </summary>
public sealed class ErrorSummaryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string TooLong = new('x', 5000);

    public static TheoryData<string, string, string> Forms => new()
    {
        { Roles.Member, "/profile", "form#profile-form" },
        { Roles.Member, "/mentoring/volunteer", "main form" },
        { Roles.Member, "/mentoring/request", "main form" },
        { Roles.Staff, "/staff/pages/new", "#new-page-form" },
        { "anonymous", "/Identity/Account/Register", "main form" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task RefusedPost_EveryTextTooLong_OpensAtASummaryLinkingEachFailingFieldAndSayingNothingWasSaved(string role, string url, string selector)
    {
        var client = role == "anonymous" ? PortalClient.Anonymous(factory) : await PortalClient.AsRoleAsync(factory, role);
        var form = await HtmlPage.GetAsync(client, url);
        var values = form.Form(selector).Elements
            .Where(e => e is IHtmlTextAreaElement || e is IHtmlInputElement { Type: "text" or "email" or "url" or "password" or "tel" })
            .Select(e => e.GetAttribute("name"))
            .OfType<string>()
            .Distinct()
            .ToDictionary(name => name, _ => TooLong);

        var refused = await form.SubmitAsync(client, values, selector);

        AssertSummary(refused, url == "/Identity/Account/Register" ? null : "Nothing was saved");
    }

    [Fact]
    public async Task RefusedPost_Alerts_SummaryLinksTheCheckboxListToItsFirstBox()
    {
        var client = await PortalClient.AsRoleAsync(factory, Roles.Member);
        var form = await HtmlPage.GetAsync(client, "/alerts");

        var refused = await HtmlPage.ParseAsync(await client.PostAsync("/alerts", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", form.AntiforgeryToken), new("Input.Delivery", "EachChange")])));

        AssertSummary(refused, "Nothing was saved");
        Assert.NotNull(refused.Document.QuerySelector("#error-summary a[href^='#topic-']"));
    }

    [Fact]
    public async Task RefusedPost_LogIn_SummarySaysWhatIsWrongWithoutClaimingASave()
    {
        var client = PortalClient.Anonymous(factory);
        var form = await HtmlPage.GetAsync(client, "/Identity/Account/Login");

        var refused = await form.SubmitAsync(client, new Dictionary<string, string> { ["Input.Email"] = "nobody@example.org", ["Input.Password"] = "wrong-password-1A!" }, "main form");

        var summary = refused.Document.QuerySelector("main > #error-summary");
        Assert.NotNull(summary);
        Assert.DoesNotContain("Nothing was saved", summary.TextContent, StringComparison.Ordinal);
    }

    /// <summary>The summary is the first thing in main, focusable, headed as asked, and links to each field with an error.</summary>
    private static void AssertSummary(HtmlPage page, string? heading)
    {
        Assert.True(page.Status is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"A refused post answered {page.Status}.");
        var main = page.Document.QuerySelector("main")!;
        var summary = main.FirstElementChild;
        Assert.NotNull(summary);
        Assert.Equal("error-summary", summary.Id);
        Assert.Equal("-1", summary.GetAttribute("tabindex"));
        Assert.Single(page.Document.QuerySelectorAll("#error-summary"));
        Assert.NotNull(page.Document.QuerySelector("script[src^='/js/error-summary']"));
        if (heading is not null)
        {
            Assert.Contains(heading, summary.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        }

        var links = summary.QuerySelectorAll("a[href^='#']").Select(a => a.GetAttribute("href")![1..]).ToList();
        Assert.NotEmpty(links);
        foreach (var target in links)
        {
            Assert.True(page.Document.GetElementById(target) is not null, $"The summary links to #{target}, which is not on the page.");
        }

        var failing = page.Document.QuerySelectorAll(".field-validation-error[data-valmsg-for]")
            .Select(e => e.GetAttribute("data-valmsg-for")!)
            .ToList();
        foreach (var name in failing)
        {
            var field = page.Document.QuerySelector($"main [name='{name}']");
            Assert.True(field is not null && links.Contains(field.Id ?? string.Empty), $"The field {name} has an error but the summary does not link to it (links: {string.Join(", ", links)}).");
        }
    }
}
