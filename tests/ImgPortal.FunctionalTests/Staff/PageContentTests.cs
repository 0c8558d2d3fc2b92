using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ImgPortal.Core.Common;
using ImgPortal.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.FunctionalTests.Staff;

/// <summary>Pages as content: staff create pages, place them in the menu, edit their source line, retire them, and review them apart from publishing.</summary>
public sealed class PageContentTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string NewForm = "#new-page-form";

    [Fact]
    public async Task Create_ThenPublish_VisitorsSeeNothingUntilPublishedThenThePageInTheMenu()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var visitor = PortalClient.Anonymous(factory);
        var form = await HtmlPage.GetAsync(staff, "/staff/pages/new");

        var editor = await form.SubmitAllAsync(staff, NewForm, new Dictionary<string, string>
        {
            ["Slug"] = "visa-basics",
            ["Title"] = "Visa basics for IMGs",
            ["Summary"] = "The visas residents usually hold.",
            ["Source"] = "US Department of State, checked by staff",
            ["NavigationLabel"] = "Visa basics",
        });
        var before = await HtmlPage.GetAsync(visitor, "/visa-basics");
        var published = await editor.SubmitAsync(staff, new Dictionary<string, string> { ["changeNote"] = "First version" }, "#publish-form");
        var after = await HtmlPage.GetAsync(visitor, "/visa-basics");

        Assert.Contains("Page created at /visa-basics", editor.MainText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, before.Status);
        Assert.DoesNotContain(before.Document.QuerySelectorAll("nav[aria-label=Main] a"), a => a.TextContent == "Visa basics");
        Assert.Contains("Published", published.MainText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, after.Status);
        Assert.Equal("Visa basics for IMGs", after.Heading);
        Assert.Contains("US Department of State, checked by staff", after.MainText, StringComparison.Ordinal);
        Assert.Contains(after.Document.QuerySelectorAll("nav[aria-label=Main] a"), a => a.TextContent == "Visa basics" && a.GetAttribute("href") == "/visa-basics");
    }

    [Fact]
    public async Task NewPage_NeverPublished_ShowsNoLastReviewedInTheEditorTheListOrThePreview()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var form = await HtmlPage.GetAsync(staff, "/staff/pages/new");
        var editor = await form.SubmitAllAsync(staff, NewForm, new Dictionary<string, string>
        {
            ["Slug"] = "never-reviewed",
            ["Title"] = "Never reviewed page",
            ["Summary"] = "Not live yet.",
            ["Source"] = "Staff",
        });
        var id = int.Parse(editor.Response.RequestMessage!.RequestUri!.AbsolutePath["/staff/pages/".Length..], System.Globalization.CultureInfo.InvariantCulture);

        var list = await HtmlPage.GetAsync(staff, "/staff/pages");
        var preview = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}/preview");

        var row = list.Document.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Never reviewed page", StringComparison.Ordinal));
        Assert.Contains("Not published yet", row.TextContent, StringComparison.Ordinal);
        Assert.Null(row.QuerySelector("time"));
        Assert.Contains("Not reviewed yet", editor.Document.QuerySelector("#review-dates")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Last reviewed", editor.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain("Last reviewed", preview.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishedPage_StillShowsLastReviewedToVisitorsAndInThePreview()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var id = await StaffForms.PageIdAsync(staff, "j1-waiver");

        var preview = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}/preview");
        var visitor = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/j1-waiver");

        Assert.Contains("Last reviewed", preview.MainText, StringComparison.Ordinal);
        Assert.Contains("Last reviewed", visitor.MainText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("search", "/search is already a part of the portal")]
    [InlineData("roadmap", "/roadmap is already a part of the portal")]
    [InlineData("staff", "/staff is already a part of the portal")]
    [InlineData("health", "/health is already a part of the portal")]
    [InlineData("identity", "/identity is already a part of the portal")]
    [InlineData("lib", "/lib is already a part of the portal")]
    [InlineData("residency", "There is already a page at /residency")]
    [InlineData("Visa Basics!", "Use lowercase letters, digits and single hyphens")]
    public async Task Create_ReservedTakenOrMalformedAddress_IsRefusedWithTheReasonAndKeepsTheText(string slug, string message)
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var form = await HtmlPage.GetAsync(staff, "/staff/pages/new");

        var result = await form.SubmitAllAsync(staff, NewForm, new Dictionary<string, string>
        {
            ["Slug"] = slug,
            ["Title"] = "Kept title",
            ["Summary"] = "Kept summary",
            ["Source"] = "Kept source",
        });

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains(result.ValidationMessages, m => m.StartsWith(message, StringComparison.Ordinal));
        Assert.Equal("Kept title", result.Document.QuerySelector<IHtmlInputElement>("input[name=Title]")!.Value);
    }

    [Fact]
    public async Task Retire_WithoutARedirect_AnswersGoneWithAFriendlyPageAndLeavesTheMenu()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var id = await CreateAndPublishAsync(staff, "old-advice", "Old advice");
        var settings = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}/settings");

        var retired = await settings.SubmitAsync(staff, new Dictionary<string, string>(), "#retire-form");
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/old-advice");

        Assert.Contains("Page retired: /old-advice now tells visitors the page is gone (410).", retired.MainText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, page.Status);
        Assert.Equal("This page has been retired", page.Heading);
        Assert.NotNull(page.Document.QuerySelector("main a[href='/search']"));
        Assert.DoesNotContain(page.Document.QuerySelectorAll("nav[aria-label=Main] a"), a => a.TextContent == "Old advice");
        var search = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/search?q=old+advice");
        Assert.DoesNotContain("Old advice", search.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retire_WithARedirect_SendsVisitorsThereAndCanBeReinstated()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var id = await CreateAndPublishAsync(staff, "moved-advice", "Moved advice");
        var settings = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}/settings");
        var visitor = PortalClient.Anonymous(factory, followRedirects: false);

        var retired = await settings.SubmitAsync(staff, new Dictionary<string, string> { ["redirectTo"] = "/residency" }, "#retire-form");
        var response = await visitor.GetAsync("/moved-advice");
        var reinstated = await retired.SubmitAsync(staff, new Dictionary<string, string>(), "#reinstate-form");
        var back = await visitor.GetAsync("/moved-advice");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/residency", response.Headers.Location?.ToString());
        Assert.Contains("Page back in service at /moved-advice.", reinstated.MainText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
    }

    [Fact]
    public async Task Retire_RedirectToAnInsecureAddress_IsRefusedAndThePageStays()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var id = await CreateAndPublishAsync(staff, "kept-advice", "Kept advice");
        var settings = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}/settings");

        var result = await settings.SubmitAsync(staff, new Dictionary<string, string> { ["redirectTo"] = "http://example.org/" }, "#retire-form");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        var message = result.Document.QuerySelector("#retire-form [data-valmsg-for='redirectTo']");
        Assert.Equal("Give a path on the portal (starting with /) or a full https:// address.", message?.TextContent.Trim());
        Assert.Equal("http://example.org/", result.Document.QuerySelector("#retire-form input[name='redirectTo']")?.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.OK, (await PortalClient.Anonymous(factory).GetAsync("/kept-advice")).StatusCode);
    }

    [Theory]
    [InlineData("/\\evil.example/login", "backslash")]
    [InlineData("https:/\\evil.example", "backslash")]
    [InlineData("//evil.example/login", "Give a path on the portal")]
    [InlineData("https:evil.example", "Give a path on the portal")]
    public async Task Retire_RedirectWithASlashOrSchemeTrick_IsRefusedAtTheField(string target, string expected)
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var slug = "tricked-" + Guid.NewGuid().ToString("N")[..8];
        var id = await CreateAndPublishAsync(staff, slug, "Tricked advice");
        var settings = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}/settings");

        var result = await settings.SubmitAsync(staff, new Dictionary<string, string> { ["redirectTo"] = target }, "#retire-form");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains(expected, result.Document.QuerySelector("#retire-form [data-valmsg-for='redirectTo']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await PortalClient.Anonymous(factory).GetAsync("/" + slug)).StatusCode);
    }

    [Theory]
    [InlineData("/\\evil.example/login")]
    [InlineData("https:/\\evil.example")]
    [InlineData("//evil.example")]
    public async Task RetiredPage_WithAnUnsafeTargetAlreadyStored_IsGoneNotRedirected(string target)
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var slug = "stored-" + Guid.NewGuid().ToString("N")[..8];
        await CreateAndPublishAsync(staff, slug, "Stored advice");
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ImgPortal.Infrastructure.Data.AppDbContext>();
            var page = await db.GuidancePages.SingleAsync(p => p.Slug == slug);
            page.RetiredAtUtc = DateTime.UtcNow;
            page.RetiredRedirectTo = target;
            await db.SaveChangesAsync();
        }

        var response = await PortalClient.Anonymous(factory, followRedirects: false).GetAsync("/" + slug);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Settings_NewSourceLineMenuLabelAndOwner_ShowToVisitorsAndStaffAtOnce()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var id = await StaffForms.PageIdAsync(staff, "echo");
        var settings = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}/settings");
        var owner = settings.Document.QuerySelectorAll("select[name='Input.OwnerUserId'] option")[^1];

        var saved = await settings.SubmitAllAsync(staff, "#settings-form", new Dictionary<string, string>
        {
            ["Input.Source"] = "ECFMG ECHO program page, read by staff",
            ["Input.NavigationLabel"] = "ECHO support",
            ["Input.OwnerUserId"] = owner.GetAttribute("value")!,
        });
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/echo");
        var list = await HtmlPage.GetAsync(staff, "/staff/pages");

        Assert.Contains("Page settings saved", saved.MainText, StringComparison.Ordinal);
        Assert.Contains("ECFMG ECHO program page, read by staff", page.MainText, StringComparison.Ordinal);
        Assert.Contains(page.Document.QuerySelectorAll("nav[aria-label=Main] a"), a => a.TextContent == "ECHO support");
        Assert.Contains(owner.TextContent, list.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_IntervalOutOfRange_ShowsTheMessageAndKeepsTheText()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var id = await StaffForms.PageIdAsync(staff, "residency");
        var settings = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}/settings");

        var result = await settings.SubmitAllAsync(staff, "#settings-form", new Dictionary<string, string>
        {
            ["Input.Source"] = "Typed source",
            ["Input.ReviewIntervalMonths"] = "99",
        });

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains("Give a review interval from 1 to 36 months.", result.ValidationMessages);
        Assert.Equal("Typed source", result.Document.QuerySelector<IHtmlInputElement>("input[name='Input.Source']")!.Value);
    }

    [Fact]
    public async Task Settings_IntervalOutOfRangeAndAnOwnerNotListed_ShowsBothMessagesOnTheFirstTry()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var id = await StaffForms.PageIdAsync(staff, "residency");
        var settings = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}/settings");

        var result = await settings.SubmitAllAsync(staff, "#settings-form", new Dictionary<string, string>
        {
            ["Input.Source"] = "Typed source",
            ["Input.OwnerUserId"] = "not-a-staff-member",
            ["Input.ReviewIntervalMonths"] = "99",
        });

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(
            "Give a review interval from 1 to 36 months.",
            result.Document.QuerySelector(".field-validation-error[data-valmsg-for='Input.ReviewIntervalMonths']")?.TextContent);
        Assert.Equal(
            Core.Content.PageMessages.OwnerFromList,
            result.Document.QuerySelector(".field-validation-error[data-valmsg-for='Input.OwnerUserId']")?.TextContent);
        var summary = result.Document.QuerySelector("#error-summary")!.TextContent;
        Assert.Contains("Give a review interval from 1 to 36 months.", summary, StringComparison.Ordinal);
        Assert.Contains(Core.Content.PageMessages.OwnerFromList, summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_DoesNotMoveLastReviewed_ButMarkAsReviewedDoesAndKeepsTheSources()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var id = await StaffForms.PageIdAsync(staff, "credentialing");
        var visitor = PortalClient.Anonymous(factory);
        var reviewedBefore = (await HtmlPage.GetAsync(visitor, "/credentialing")).Document.QuerySelector("main time")?.GetAttribute("datetime");
        var editor = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}");
        var draft = await editor.SubmitAllAsync(staff, "#page-editor", new Dictionary<string, string> { ["Input.Summary"] = "A summary edit, not a review" });
        await draft.SubmitAsync(staff, new Dictionary<string, string>(), "#publish-form");
        var afterPublish = (await HtmlPage.GetAsync(visitor, "/credentialing")).Document.QuerySelector("main time")?.GetAttribute("datetime");

        var reviewed = await (await HtmlPage.GetAsync(staff, $"/staff/pages/{id}")).SubmitAllAsync(staff, "#reviewed-form", new Dictionary<string, string>
        {
            ["Review.SourcesChecked"] = "FSMB FCVS page",
        });
        var afterReview = (await HtmlPage.GetAsync(visitor, "/credentialing")).Document.QuerySelector("main time")?.GetAttribute("datetime");
        var history = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}/history");

        Assert.Equal(reviewedBefore, afterPublish);
        Assert.Contains("Review recorded", reviewed.MainText, StringComparison.Ordinal);
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        Assert.Equal(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, newYork).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), afterReview);
        Assert.Contains("FSMB FCVS page", history.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_SeededPageNeverPublishedByStaff_SaysTheStarterContentPublishedItAndWhen()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var id = await StaffForms.PageIdAsync(staff, "visas");

        var history = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}/history");

        var said = HtmlPage.Fold(history.Document.QuerySelector("#no-revisions")!.TextContent);
        Assert.StartsWith("The portal's starter content published this page on ", said, StringComparison.Ordinal);
        Assert.NotNull(history.Document.QuerySelector("#no-revisions time[datetime]"));
        Assert.DoesNotContain("not been published", history.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkAsReviewed_WithoutSources_ShowsTheMessageOnTheField()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var id = await StaffForms.PageIdAsync(staff, "contact");
        var editor = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}");

        var result = await editor.SubmitAllAsync(staff, "#reviewed-form", new Dictionary<string, string> { ["Review.SourcesChecked"] = string.Empty });

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains("Say which sources you checked the page against.", result.ValidationMessages);
    }

    [Fact]
    public async Task ReviewQueue_NothingDue_SaysSo()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var queue = await HtmlPage.GetAsync(staff, "/staff/pages/reviews");

        Assert.Equal("Review queue", queue.Heading);
        Assert.Contains("Nothing is due for review.", queue.MainText, StringComparison.Ordinal);
    }

    private async Task<int> CreateAndPublishAsync(HttpClient staff, string slug, string label)
    {
        var form = await HtmlPage.GetAsync(staff, "/staff/pages/new");
        var editor = await form.SubmitAllAsync(staff, NewForm, new Dictionary<string, string>
        {
            ["Slug"] = slug,
            ["Title"] = label,
            ["Summary"] = label + " summary",
            ["Source"] = "Staff",
            ["NavigationLabel"] = label,
        });
        await editor.SubmitAsync(staff, new Dictionary<string, string>(), "#publish-form");
        var edit = editor.Response.RequestMessage!.RequestUri!.AbsolutePath;
        return int.Parse(edit["/staff/pages/".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }
}
