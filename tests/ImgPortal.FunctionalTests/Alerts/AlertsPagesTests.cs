using System.Net;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ImgPortal.Core.Alerts;
using ImgPortal.Infrastructure.Data;
using ImgPortal.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ImgPortal.FunctionalTests.ProfileTestData;

namespace ImgPortal.FunctionalTests.Alerts;

/// <summary>The follow settings (<c>/alerts</c>), the unsubscribe page, <c>/changes</c> and the Atom feed (ADR 0078).</summary>
public sealed class AlertsPagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task Alerts_FirstVisit_IsPreFilledFromTheProfile()
    {
        var (client, _, _) = await MemberAsync(factory);
        var form = await HtmlPage.GetAsync(client, "/profile");
        await form.SubmitAsync(client, ValidForm(), "form#profile-form");

        var page = await HtmlPage.GetAsync(client, "/alerts");

        Assert.Equal("Your alerts", page.Heading);
        Assert.NotNull(page.Document.QuerySelector("#prefilled"));
        Assert.Equal(["visas", "state-30", "match-dates"], Checked(page));
        Assert.Equal(["NY"], Selected(page));
    }

    [Fact]
    public async Task Alerts_FirstVisitWithoutAProfile_DoesNotSayItWasFilledFromAProfile()
    {
        var (client, _, _) = await MemberAsync(factory);

        var page = await HtmlPage.GetAsync(client, "/alerts");

        Assert.Equal("Your alerts", page.Heading);
        Assert.Null(page.Document.QuerySelector("#prefilled"));
        Assert.DoesNotContain("from your profile", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alerts_StatesHint_TellsAPhoneUserHowToChooseSeveral()
    {
        var (client, _, _) = await MemberAsync(factory);

        var page = await HtmlPage.GetAsync(client, "/alerts");

        // "Hold Ctrl (or Cmd)" alone means nothing on a phone, where most members open this page.
        var hint = HtmlPage.Fold(page.Document.QuerySelector("#states-hint")!.TextContent);
        Assert.Contains("On a phone, tap each state you want", hint, StringComparison.Ordinal);
        Assert.Contains("on a computer, hold Ctrl (or Cmd)", hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alerts_Saved_AreShownAgainAndStored()
    {
        var (client, userId, _) = await MemberAsync(factory);
        var form = await HtmlPage.GetAsync(client, "/alerts");

        var saved = await form.SubmitAsync(client, new Dictionary<string, string>
        {
            ["Input.Topics"] = "state-30",
            ["Input.States"] = "TX",
            ["Input.Delivery"] = nameof(AlertDelivery.WeeklyDigest),
        }, "form#alerts-form");

        Assert.Equal(HttpStatusCode.OK, saved.Status);
        Assert.Contains(AlertSettingsService.SavedMessage, saved.MainText, StringComparison.Ordinal);
        Assert.Null(saved.Document.QuerySelector("#prefilled"));
        Assert.Equal(["state-30"], Checked(saved));
        Assert.Equal(["TX"], Selected(saved));
        var stored = await QueryAsync(factory, db => db.AlertSubscriptions.AsNoTracking().SingleAsync(s => s.UserId == userId));
        Assert.Equal((AlertDelivery.WeeklyDigest, "state-30", "TX"), (stored.Delivery, stored.Topics, stored.States));
    }

    [Fact]
    public async Task Alerts_NothingChosenOrUnknownState_ShowsAMessagePerFieldAndKeepsWhatWasTyped()
    {
        var (client, userId, _) = await MemberAsync(factory);
        var form = await HtmlPage.GetAsync(client, "/alerts");

        var nothing = await PostAsync(client, form, [("Input.Delivery", nameof(AlertDelivery.EachChange))]);
        var unknown = await PostAsync(client, form, [("Input.Delivery", nameof(AlertDelivery.WeeklyDigest)), ("Input.Topics", "visas"), ("Input.States", "ZZ")]);

        Assert.Equal(HttpStatusCode.BadRequest, nothing.Status);
        Assert.Equal(AlertSettingsService.NothingChosenMessage, nothing.Document.QuerySelector("#topics-error")?.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Equal(AlertSettingsService.UnknownStateMessage, unknown.Document.QuerySelector("#states-error")?.TextContent);
        Assert.Equal(["visas"], Checked(unknown));
        Assert.True(unknown.Document.QuerySelector<IHtmlInputElement>("#delivery-WeeklyDigest")!.IsChecked);
        Assert.False(await QueryAsync(factory, db => db.AlertSubscriptions.AnyAsync(s => s.UserId == userId)));
    }

    [Fact]
    public async Task Unsubscribe_ValidLinkWithoutLogin_ShowsAConfirmButtonAndThePostTurnsAlertsOff()
    {
        var (client, userId, _) = await MemberAsync(factory);
        var form = await HtmlPage.GetAsync(client, "/alerts");
        await form.SubmitAsync(client, new Dictionary<string, string> { ["Input.Topics"] = "visas", ["Input.Delivery"] = nameof(AlertDelivery.EachChange) }, "form#alerts-form");
        var token = factory.Services.GetRequiredService<IUnsubscribeTokens>().Sign(userId, DateTime.UtcNow.AddDays(1));
        var anonymous = PortalClient.Anonymous(factory);
        var url = "/alerts/unsubscribe?token=" + Uri.EscapeDataString(token);

        var confirm = await HtmlPage.GetAsync(anonymous, url);
        var stillOn = await QueryAsync(factory, db => db.AlertSubscriptions.Where(s => s.UserId == userId).Select(s => s.Delivery).SingleAsync());
        var oneClick = await anonymous.PostAsync(url, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

        Assert.Equal(HttpStatusCode.OK, confirm.Status);
        Assert.NotNull(confirm.Document.QuerySelector("main form button[type=submit]"));
        Assert.Equal(AlertDelivery.EachChange, stillOn);
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        Assert.Equal(AlertDelivery.Off, await QueryAsync(factory, db => db.AlertSubscriptions.Where(s => s.UserId == userId).Select(s => s.Delivery).SingleAsync()));
    }

    [Fact]
    public async Task Unsubscribe_TamperedLink_ShowsAFriendlyPageNotAnError()
    {
        var token = factory.Services.GetRequiredService<IUnsubscribeTokens>().Sign("someone", DateTime.UtcNow.AddDays(1));
        var anonymous = PortalClient.Anonymous(factory);

        var page = await HtmlPage.GetAsync(anonymous, "/alerts/unsubscribe?token=" + Uri.EscapeDataString(token[..^4] + "AAAA"));
        var posted = await HtmlPage.ParseAsync(await anonymous.PostAsync("/alerts/unsubscribe?token=x" + Uri.EscapeDataString(token), new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")])));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.NotNull(page.Document.QuerySelector("#bad-link"));
        Assert.Equal(HttpStatusCode.BadRequest, posted.Status);
        Assert.NotNull(posted.Document.QuerySelector("#bad-link"));
    }

    [Fact]
    public async Task ChangesFeed_IsAtomWithOneEntryPerChangeAndFiltersByStateAndTopic()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        await AddChangeAsync(ChangeTopics.StatePathways, "TX", $"Texas {marker}");
        await AddChangeAsync(ChangeTopics.Visas, null, $"Visas {marker}");
        var client = PortalClient.Anonymous(factory);

        var all = await FeedAsync(client, "/changes.atom");
        var texas = await FeedAsync(client, "/changes.atom?state=TX");
        var visas = await FeedAsync(client, "/changes.atom?topic=visas");

        Assert.Equal(Atom + "feed", all.Root!.Name);
        Assert.NotNull(all.Root.Element(Atom + "id"));
        Assert.NotNull(all.Root.Element(Atom + "updated"));
        Assert.Contains($"Texas {marker}", Titles(all));
        Assert.Contains($"Visas {marker}", Titles(all));
        Assert.Contains($"Texas {marker}", Titles(texas));
        Assert.DoesNotContain($"Visas {marker}", Titles(texas));
        Assert.Contains($"Visas {marker}", Titles(visas));
        Assert.DoesNotContain($"Texas {marker}", Titles(visas));
        var entry = texas.Root!.Elements(Atom + "entry").First(e => e.Element(Atom + "title")!.Value == $"Texas {marker}");
        Assert.Equal("http://localhost/state-pathways/tx", entry.Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.Equal("Status from Proposed to Enacted.", entry.Element(Atom + "summary")!.Value);
        Assert.NotNull(entry.Element(Atom + "id"));
        Assert.NotNull(entry.Element(Atom + "updated"));
    }

    [Fact]
    public async Task ChangesFeedAndPage_FeesAndProgramsTopics_FilterAndCanBeFollowed()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        await AddChangeAsync(ChangeTopics.Fees, null, $"Fee {marker}");
        await AddChangeAsync(ChangeTopics.Programs, null, $"Program {marker}");
        var client = PortalClient.Anonymous(factory);
        var (member, _, _) = await MemberAsync(factory);

        var fees = await FeedAsync(client, "/changes.atom?topic=fees");
        var programs = await HtmlPage.GetAsync(client, "/changes?topic=programs");
        var costs = await HtmlPage.GetAsync(client, "/costs");
        var form = await HtmlPage.GetAsync(member, "/alerts");

        Assert.Contains($"Fee {marker}", Titles(fees));
        Assert.DoesNotContain($"Program {marker}", Titles(fees));
        Assert.Contains($"Program {marker}", programs.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain($"Fee {marker}", programs.MainText, StringComparison.Ordinal);
        Assert.Equal("programs", programs.Document.QuerySelector<IHtmlOptionElement>("select#topic option[selected]")?.Value);
        Assert.Equal("/changes.atom?topic=fees", costs.Document.QuerySelector("link[rel=alternate][type='application/atom+xml']")?.GetAttribute("href"));
        Assert.Equal("Fees", form.Document.QuerySelector("label[for='topic-fees']")?.TextContent.Trim());
        Assert.Equal("Programs on my shortlist", form.Document.QuerySelector("label[for='topic-programs']")?.TextContent.Trim());
    }

    [Fact]
    public async Task ChangesPage_ListsChangesAndCoveredPagesLinkTheirFeed()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        await AddChangeAsync(ChangeTopics.State30, null, $"State 30 {marker}");
        var client = PortalClient.Anonymous(factory);

        var page = await HtmlPage.GetAsync(client, "/changes?topic=state-30");
        var texas = await HtmlPage.GetAsync(client, "/state-pathways/tx");

        Assert.Equal("Recent changes", page.Heading);
        Assert.Contains($"State 30 {marker}", page.MainText, StringComparison.Ordinal);
        Assert.Equal("/changes.atom", page.Document.QuerySelector("link[rel=alternate][type='application/atom+xml']")?.GetAttribute("href"));
        Assert.Equal("/changes.atom?topic=state-30", page.Document.QuerySelector("main a[href^='/changes.atom']")?.GetAttribute("href"));
        Assert.Equal("/changes.atom?state=TX", texas.Document.QuerySelector("link[rel=alternate][type='application/atom+xml']")?.GetAttribute("href"));
    }

    private static async Task<HtmlPage> PostAsync(HttpClient client, HtmlPage form, (string Name, string Value)[] fields)
    {
        var values = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", form.AntiforgeryToken) };
        values.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return await HtmlPage.ParseAsync(await client.PostAsync("/alerts", new FormUrlEncodedContent(values)));
    }

    private static List<string> Checked(HtmlPage page) =>
        page.Document.QuerySelectorAll<IHtmlInputElement>("input[name='Input.Topics']").Where(c => c.IsChecked).Select(c => c.Value).ToList();

    private static List<string> Selected(HtmlPage page) =>
        page.Document.QuerySelectorAll<IHtmlOptionElement>("select[name='Input.States'] option").Where(o => o.IsSelected).Select(o => o.Value).ToList();

    private static async Task<XDocument> FeedAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static List<string> Titles(XDocument feed) =>
        feed.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).ToList();

    private async Task AddChangeAsync(ChangeTopic topic, string? state, string title)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.ChangeLogEntries.Add(new ChangeNote(topic, state, title, "Status from Proposed to Enacted.", state is null ? "/visas" : "/state-pathways/" + state.ToLowerInvariant()).ToEntry(DateTime.UtcNow));
        await db.SaveChangesAsync();
    }
}
