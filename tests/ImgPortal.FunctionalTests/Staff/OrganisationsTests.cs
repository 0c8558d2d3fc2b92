using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ImgPortal.Core.Common;
using ImgPortal.TestSupport;

namespace ImgPortal.FunctionalTests.Staff;

public sealed class OrganisationsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Add_ValidOrganisation_ShowsOnTheResidencyPageWithItsLink()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var form = await HtmlPage.GetAsync(staff, "/staff/organisations/0");

        var saved = await form.SubmitAllAsync(staff, "#record-form", Valid("Test Licensing Board"));

        Assert.Contains("Saved Test Licensing Board.", saved.MainText, StringComparison.Ordinal);
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/residency");
        Assert.Contains("Test Licensing Board (TLB)", page.MainText, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("main a[href='https://tlb.example.org/']"));
    }

    [Fact]
    public async Task Save_InvalidOrganisation_ShowsAMessagePerFieldWithTheTypedValuesAndSavesNothing()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var form = await HtmlPage.GetAsync(staff, "/staff/organisations/0");
        var values = Valid("Typed organisation nowhere");
        values["Input.Role"] = string.Empty;
        values["Input.WebsiteUrl"] = "javascript:alert(1)";
        values["Input.SortOrder"] = "-3";

        var result = await form.SubmitAllAsync(staff, "#record-form", values);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("Say what the organization does for IMGs.", result.ValidationMessages);
        Assert.Contains("Give a full web address starting with http:// or https://, or leave it empty.", result.ValidationMessages);
        Assert.Contains("Give a position from 0 to 10,000.", result.ValidationMessages);
        Assert.Equal("Typed organisation nowhere", result.Document.QuerySelector<IHtmlInputElement>("input[name='Input.Name']")?.Value);
        Assert.Equal("javascript:alert(1)", result.Document.QuerySelector<IHtmlInputElement>("input[name='Input.WebsiteUrl']")?.Value);
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/residency");
        Assert.DoesNotContain("Typed organisation nowhere", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_EmptyWebsite_IsAllowed()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var form = await HtmlPage.GetAsync(staff, "/staff/organisations/0");
        var values = Valid("No Website Society");
        values["Input.WebsiteUrl"] = string.Empty;

        var saved = await form.SubmitAllAsync(staff, "#record-form", values);

        Assert.Contains("Saved No Website Society.", saved.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_TwoEditorsOfOneOrganisation_SecondIsAConflictKeepingTheTypedText()
    {
        var first = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var second = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var list = await HtmlPage.GetAsync(first, "/staff/organisations");
        var href = list.Document.QuerySelector("#organisations tbody a")!.GetAttribute("href")!;
        var firstForm = await HtmlPage.GetAsync(first, href);
        var secondForm = await HtmlPage.GetAsync(second, href);

        await firstForm.SubmitAllAsync(first, "#record-form", new Dictionary<string, string> { ["Input.Role"] = "First role" });
        var conflict = await secondForm.SubmitAllAsync(second, "#record-form", new Dictionary<string, string> { ["Input.Role"] = "Second role" });

        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Contains("First role", conflict.Document.QuerySelector("#conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Second role", conflict.Document.QuerySelector("textarea[name='Input.Role']")?.TextContent.Trim());
    }

    [Fact]
    public async Task Add_ScriptInAField_IsShownAsTextOnThePublicPage()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var form = await HtmlPage.GetAsync(staff, "/staff/organisations/0");
        var values = Valid("Script Society");
        values["Input.Role"] = "<script>alert('organisation')</script>";

        await form.SubmitAllAsync(staff, "#record-form", values);

        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/residency");
        Assert.Contains("<script>alert('organisation')</script>", page.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain(page.Document.QuerySelectorAll("main script"), s => s.TextContent.Contains("organisation", StringComparison.Ordinal));
    }

    private static Dictionary<string, string> Valid(string name) => new()
    {
        ["Input.Name"] = name,
        ["Input.Abbreviation"] = "TLB",
        ["Input.Role"] = "Licenses test physicians.",
        ["Input.WebsiteUrl"] = "https://tlb.example.org/",
        ["Input.SortOrder"] = "900",
    };
}
