using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ImgPortal.Core.Common;
using ImgPortal.TestSupport;

namespace ImgPortal.FunctionalTests.Staff;

public sealed class PageEditingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Editor = "#page-editor";

    [Fact]
    public async Task SaveDraft_NewTitle_IsNeverVisibleToVisitorsButShowsInPreview()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var id = await StaffForms.PageIdAsync(staff, "echo");
        var editor = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}");

        var saved = await editor.SubmitAllAsync(staff, Editor, new Dictionary<string, string> { ["Input.Title"] = "Draft title for ECHO" });

        Assert.Equal(HttpStatusCode.OK, saved.Status);
        Assert.Contains("Draft saved", saved.MainText, StringComparison.Ordinal);
        var visitor = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/echo");
        Assert.DoesNotContain("Draft title for ECHO", visitor.Document.Body!.TextContent, StringComparison.Ordinal);
        var search = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/search?q=draft+title+for+echo");
        Assert.DoesNotContain("Draft title for ECHO", search.MainText, StringComparison.Ordinal);
        var preview = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}/preview");
        Assert.Equal("Draft title for ECHO", preview.Heading);
    }

    [Fact]
    public async Task Publish_ThenView_VisitorSeesTheNewTextAndProxiesMustRevalidate()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var visitor = PortalClient.Anonymous(factory);
        var before = await visitor.GetAsync("/credentialing");
        Assert.Contains("no-cache", before.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);
        var id = await StaffForms.PageIdAsync(staff, "credentialing");
        var editor = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}");
        var draft = await editor.SubmitAllAsync(staff, Editor, new Dictionary<string, string>
        {
            ["Input.Title"] = "Credentialing, updated",
            ["Input.BodyMarkdown"] = "A **new** paragraph for visitors.",
        });

        var published = await draft.SubmitAsync(staff, new Dictionary<string, string>(), "#publish-form");

        Assert.Contains("Published", published.MainText, StringComparison.Ordinal);
        var page = await HtmlPage.GetAsync(visitor, "/credentialing");
        Assert.Equal("Credentialing, updated", page.Heading);
        Assert.Equal("new", page.Document.QuerySelector("main .guidance-body strong")?.TextContent);
        Assert.Contains("no-cache", page.Response.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveDraft_TwoEditorsFromTheSameVersion_OneConflictAndNoTextLost()
    {
        var first = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var second = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var id = await StaffForms.PageIdAsync(first, "mentoring");
        var firstEditor = await HtmlPage.GetAsync(first, $"/staff/pages/{id}");
        var secondEditor = await HtmlPage.GetAsync(second, $"/staff/pages/{id}");

        var firstSave = await firstEditor.SubmitAllAsync(first, Editor, new Dictionary<string, string> { ["Input.Summary"] = "First editor's summary" });
        var secondSave = await secondEditor.SubmitAllAsync(second, Editor, new Dictionary<string, string> { ["Input.Summary"] = "Second editor's summary" });

        Assert.Equal(HttpStatusCode.OK, firstSave.Status);
        Assert.Equal(HttpStatusCode.Conflict, secondSave.Status);
        Assert.NotNull(secondSave.Document.QuerySelector("#conflict"));
        Assert.Equal("Second editor's summary", secondSave.Document.QuerySelector("textarea[name='Input.Summary']")?.TextContent.Trim());
        Assert.Contains("First editor's summary", secondSave.Document.QuerySelector("#conflict")!.TextContent, StringComparison.Ordinal);
        var current = await HtmlPage.GetAsync(first, $"/staff/pages/{id}");
        Assert.Equal("First editor's summary", current.Document.QuerySelector("textarea[name='Input.Summary']")?.TextContent.Trim());

        var merged = await secondSave.SubmitAllAsync(second, Editor, new Dictionary<string, string> { ["Input.Summary"] = "Both editors' summary" });

        Assert.Equal(HttpStatusCode.OK, merged.Status);
        Assert.Equal("Both editors' summary", merged.Document.QuerySelector("textarea[name='Input.Summary']")?.TextContent.Trim());
    }

    [Fact]
    public async Task Publish_ScriptInEveryField_NeverReachesAVisitorAsMarkup()
    {
        const string Script = "<script>alert('x')</script>";
        const string Image = "<img src=x onerror=\"alert('y')\">";
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var id = await StaffForms.PageIdAsync(staff, "get-involved");
        var editor = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}");
        var newRow = editor.Document.QuerySelectorAll("input[name$='.Heading']").Length - 1;
        var draft = await editor.SubmitAllAsync(staff, Editor, new Dictionary<string, string>
        {
            ["Input.Title"] = "Title " + Script,
            ["Input.Summary"] = "Summary " + Image,
            ["Input.BodyMarkdown"] = "Body " + Script + "\n\n" + Image + "\n\n[link](javascript:alert(1))",
            [$"Input.Sections[{newRow}].Heading"] = "Heading " + Script,
            [$"Input.Sections[{newRow}].BodyMarkdown"] = "Section " + Image + Script,
        });

        var preview = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}/preview");
        await draft.SubmitAsync(staff, new Dictionary<string, string>(), "#publish-form");
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/get-involved");

        foreach (var shown in new[] { preview, page })
        {
            var main = shown.Document.QuerySelector("main")!;
            Assert.Empty(main.QuerySelectorAll("script"));
            Assert.Empty(shown.Document.QuerySelectorAll("[onerror]"));
            Assert.Empty(main.QuerySelectorAll("a[href^='javascript']"));
            Assert.Equal("Title " + Script, shown.Heading);
            Assert.Contains("Heading " + Script, main.TextContent, StringComparison.Ordinal);
        }

        Assert.Contains("Summary " + Image, page.Document.QuerySelector("main .lead")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_AfterPublishing_ComparesAndRestoresAnOldRevisionAsTheDraft()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var id = await StaffForms.PageIdAsync(staff, "contact");
        var editor = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}");
        var originalTitle = editor.Document.QuerySelector<IHtmlInputElement>("input[name='Input.Title']")!.Value;
        var draft = await editor.SubmitAllAsync(staff, Editor, new Dictionary<string, string> { ["Input.Title"] = "Contacts, renamed" });
        await draft.SubmitAsync(staff, new Dictionary<string, string>(), "#publish-form");

        var history = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}/history");
        var compare = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}/history/compare?from=1&to=2");
        var preview = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}/history/1/restore");
        var restored = await preview.SubmitAsync(staff, new Dictionary<string, string>(), "#restore-form");

        Assert.Equal(2, history.Document.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("Live now", history.Document.QuerySelector("tbody tr td:last-child")?.TextContent.Trim());
        var title = compare.Document.QuerySelectorAll("section.diff-block").Single(b => b.QuerySelector("h3")!.TextContent.StartsWith("Title", StringComparison.Ordinal));
        var added = string.Concat(title.QuerySelectorAll("ins").Select(i => i.TextContent));
        var removed = string.Concat(title.QuerySelectorAll("del").Select(d => d.TextContent));
        Assert.Contains("Contacts", added, StringComparison.Ordinal);
        Assert.Contains("renamed", added, StringComparison.Ordinal);
        Assert.Contains(originalTitle.Split(' ')[^1], removed, StringComparison.Ordinal);
        Assert.DoesNotContain("renamed", removed, StringComparison.Ordinal);
        Assert.Contains("unchanged part", compare.Document.QuerySelector("details summary")!.TextContent, StringComparison.Ordinal);
        var wouldReturn = preview.Document.QuerySelectorAll("section.diff-block ins").Select(i => i.TextContent);
        Assert.Contains(wouldReturn, t => t.Contains(originalTitle.Split(' ')[^1], StringComparison.Ordinal));
        Assert.Contains("Revision 1 copied into the draft", restored.MainText, StringComparison.Ordinal);
        Assert.Equal(originalTitle, restored.Document.QuerySelector<IHtmlInputElement>("input[name='Input.Title']")!.Value);
        var visitor = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/contact");
        Assert.Equal("Contacts, renamed", visitor.Heading);
    }

    [Fact]
    public async Task SaveDraft_MissingTitleAndHeadinglessSection_ShowsAMessagePerFieldAndKeepsTheText()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var id = await StaffForms.PageIdAsync(staff, "residency");
        var editor = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}");
        var newRow = editor.Document.QuerySelectorAll("input[name$='.Heading']").Length - 1;

        var result = await editor.SubmitAllAsync(staff, Editor, new Dictionary<string, string>
        {
            ["Input.Title"] = string.Empty,
            ["Input.Summary"] = "Kept summary",
            [$"Input.Sections[{newRow}].BodyMarkdown"] = "Text without a heading",
        });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("Give the page a title.", result.ValidationMessages);
        Assert.Contains("Give this section a heading, or tick Remove.", result.ValidationMessages);
        Assert.Equal("Kept summary", result.Document.QuerySelector("textarea[name='Input.Summary']")?.TextContent.Trim());
    }
}
