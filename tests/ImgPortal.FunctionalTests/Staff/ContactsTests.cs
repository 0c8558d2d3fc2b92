using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ImgPortal.Core.Common;
using ImgPortal.TestSupport;

namespace ImgPortal.FunctionalTests.Staff;

public sealed class ContactsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Add_ValidContact_ShowsOnTheContactPage()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var form = await HtmlPage.GetAsync(staff, "/staff/contacts/0");

        var saved = await form.SubmitAllAsync(staff, "#record-form", Valid("Test Visa Office"));

        Assert.Contains("Saved Test Visa Office.", saved.MainText, StringComparison.Ordinal);
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/contact");
        Assert.Contains("Test Visa Office", page.MainText, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("main a[href='mailto:visa@example.org']"));
    }

    [Fact]
    public async Task Save_InvalidContact_ShowsAMessagePerFieldWithTheTypedValuesAndSavesNothing()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var form = await HtmlPage.GetAsync(staff, "/staff/contacts/0");
        var values = Valid("Typed office nowhere");
        values["Input.Purpose"] = string.Empty;
        values["Input.Email"] = "not an address";

        var result = await form.SubmitAllAsync(staff, "#record-form", values);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("Say what to contact this office about.", result.ValidationMessages);
        Assert.Contains("Give a valid e-mail address, or leave it empty.", result.ValidationMessages);
        Assert.Equal("Typed office nowhere", result.Document.QuerySelector<IHtmlInputElement>("input[name='Input.Office']")?.Value);
        Assert.Equal("not an address", result.Document.QuerySelector<IHtmlInputElement>("input[name='Input.Email']")?.Value);
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/contact");
        Assert.DoesNotContain("Typed office nowhere", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_EmptyEmail_IsAllowed()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var form = await HtmlPage.GetAsync(staff, "/staff/contacts/0");
        var values = Valid("Phone Only Office");
        values["Input.Email"] = string.Empty;

        var saved = await form.SubmitAllAsync(staff, "#record-form", values);

        Assert.Contains("Saved Phone Only Office.", saved.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_TwoEditorsOfOneContact_SecondIsAConflictKeepingTheTypedText()
    {
        var first = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var second = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var list = await HtmlPage.GetAsync(first, "/staff/contacts");
        var href = list.Document.QuerySelector("#contacts tbody a")!.GetAttribute("href")!;
        var firstForm = await HtmlPage.GetAsync(first, href);
        var secondForm = await HtmlPage.GetAsync(second, href);

        await firstForm.SubmitAllAsync(first, "#record-form", new Dictionary<string, string> { ["Input.Purpose"] = "First purpose" });
        var conflict = await secondForm.SubmitAllAsync(second, "#record-form", new Dictionary<string, string> { ["Input.Purpose"] = "Second purpose" });

        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Contains("First purpose", conflict.Document.QuerySelector("#conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Second purpose", conflict.Document.QuerySelector("textarea[name='Input.Purpose']")?.TextContent.Trim());
    }

    [Fact]
    public async Task Add_ScriptInAField_IsShownAsTextOnThePublicPage()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var form = await HtmlPage.GetAsync(staff, "/staff/contacts/0");
        var values = Valid("Script Office");
        values["Input.Address"] = "<script>alert('contact')</script>";

        await form.SubmitAllAsync(staff, "#record-form", values);

        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/contact");
        Assert.Contains("<script>alert('contact')</script>", page.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain(page.Document.QuerySelectorAll("main script"), s => s.TextContent.Contains("contact", StringComparison.Ordinal));
    }

    private static Dictionary<string, string> Valid(string office) => new()
    {
        ["Input.Office"] = office,
        ["Input.Purpose"] = "Questions about test visas.",
        ["Input.Phone"] = "+1 555 0100",
        ["Input.Email"] = "visa@example.org",
        ["Input.Address"] = "1 Test Street",
        ["Input.SortOrder"] = "900",
    };
}
