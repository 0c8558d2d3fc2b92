using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ImgPortal.Core.Common;
using ImgPortal.TestSupport;

namespace ImgPortal.FunctionalTests.Staff;

public sealed class StatePathwaysTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Add_ValidAction_ShowsOnTheStatePathwaysPage()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var form = await HtmlPage.GetAsync(staff, "/staff/state-pathways/0");

        var saved = await form.SubmitAllAsync(staff, "#record-form", Valid("Wyomingtest"));

        Assert.Contains("Saved Wyomingtest: Assistance program.", saved.MainText, StringComparison.Ordinal);
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/state-pathways");
        Assert.Contains("Wyomingtest", page.MainText, StringComparison.Ordinal);
        Assert.Contains("A test program for IMGs.", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_InvalidAction_ShowsAMessagePerFieldWithTheTypedValuesAndSavesNothing()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var form = await HtmlPage.GetAsync(staff, "/staff/state-pathways/0");
        var values = Valid("Typed state nowhere");
        values["Input.Kind"] = string.Empty;
        values["Input.Source"] = string.Empty;
        values["Input.AsOf"] = DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd");

        var result = await form.SubmitAllAsync(staff, "#record-form", values);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("Choose the kind of action.", result.ValidationMessages);
        Assert.Contains("Say where this comes from.", result.ValidationMessages);
        Assert.Contains("The as-of date cannot be in the future.", result.ValidationMessages);
        Assert.Equal("Typed state nowhere", result.Document.QuerySelector<IHtmlInputElement>("input[name='Input.State']")?.Value);
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/state-pathways");
        Assert.DoesNotContain("Typed state nowhere", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_TwoEditorsOfOneAction_SecondIsAConflictKeepingTheTypedText()
    {
        var first = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var second = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var list = await HtmlPage.GetAsync(first, "/staff/state-pathways");
        var href = list.Document.QuerySelector("#state-pathways tbody a")!.GetAttribute("href")!;
        var firstForm = await HtmlPage.GetAsync(first, href);
        var secondForm = await HtmlPage.GetAsync(second, href);

        await firstForm.SubmitAllAsync(first, "#record-form", new Dictionary<string, string> { ["Input.Requirements"] = "First requirements" });
        var conflict = await secondForm.SubmitAllAsync(second, "#record-form", new Dictionary<string, string> { ["Input.Requirements"] = "Second requirements" });

        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Contains("First requirements", conflict.Document.QuerySelector("#conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Second requirements", conflict.Document.QuerySelector("textarea[name='Input.Requirements']")?.TextContent.Trim());
    }

    [Fact]
    public async Task Add_ScriptInAField_IsShownAsTextOnThePublicPage()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var form = await HtmlPage.GetAsync(staff, "/staff/state-pathways/0");
        var values = Valid("Scriptstate");
        values["Input.Description"] = "<script>alert('pathway')</script>";

        await form.SubmitAllAsync(staff, "#record-form", values);

        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/state-pathways");
        Assert.Contains("<script>alert('pathway')</script>", page.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain(page.Document.QuerySelectorAll("main script"), s => s.TextContent.Contains("pathway", StringComparison.Ordinal));
    }

    private static Dictionary<string, string> Valid(string state) => new()
    {
        ["Input.State"] = state,
        ["Input.Kind"] = "AssistanceProgram",
        ["Input.Description"] = "A test program for IMGs.",
        ["Input.Requirements"] = "ECFMG certification.",
        ["Input.Source"] = "Test source",
        ["Input.AsOf"] = "2025-01-02",
    };
}
