using System.Net;
using AngleSharp.Html.Parser;
using ImgPortal.Core.Common;
using ImgPortal.TestSupport;

namespace ImgPortal.FunctionalTests.Staff;

public sealed class MarkdownPreviewTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Render_DraftWithAScript_IsTheSanitizedHtmlPublishingWouldShow()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var editor = await EditorAsync(staff);

        var response = await PostAsync(staff, editor.AntiforgeryToken, "## Fees\n\n**Bring** a [form](https://example.org).\n\n<script>alert(1)</script>");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("Fees", html.QuerySelector("h2")?.TextContent);
        Assert.Equal("Bring", html.QuerySelector("strong")?.TextContent);
        Assert.Equal("https://example.org", html.QuerySelector("a")?.GetAttribute("href"));
        Assert.Null(html.QuerySelector("script"));
    }

    [Fact]
    public async Task Render_WithoutTheAntiforgeryToken_IsRefused()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var response = await PostAsync(staff, token: null, "## Fees");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Editor_MarkdownFields_AreMarkedForTheToolbarAndLoadTheVendoredScript()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var editor = await EditorAsync(staff);

        Assert.Equal("/staff/markdown-preview", editor.Document.QuerySelector("#page-editor")?.GetAttribute("data-preview-url"));
        Assert.NotNull(editor.Document.QuerySelector("textarea[name='Input.BodyMarkdown'][data-markdown]"));
        var src = editor.Document.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!)
            .Single(s => s.StartsWith("/js/markdown-editor", StringComparison.Ordinal));
        var script = await staff.GetAsync(new Uri(src, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    private static async Task<HtmlPage> EditorAsync(HttpClient staff) =>
        await HtmlPage.GetAsync(staff, $"/staff/pages/{await StaffForms.PageIdAsync(staff, "echo")}");

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string? token, string markdown)
    {
        var values = new Dictionary<string, string> { ["markdown"] = markdown };
        if (token is not null)
        {
            values["__RequestVerificationToken"] = token;
        }

        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(new Uri("/staff/markdown-preview", UriKind.Relative), content);
    }
}
