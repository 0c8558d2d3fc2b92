using ImgPortal.Core.Common;
using ImgPortal.TestSupport;

namespace ImgPortal.FunctionalTests.Staff;

/// <summary>The page editor lists the draft's broken and non-https links before publishing.</summary>
public sealed class LinkCheckTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Editor = "#page-editor";

    [Fact]
    public async Task Editor_DraftWithBadLinks_ListsEachWithWhatIsWrong()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var id = await StaffForms.PageIdAsync(staff, "contact");
        var editor = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}");

        var saved = await editor.SubmitAllAsync(staff, Editor, new Dictionary<string, string>
        {
            ["Input.BodyMarkdown"] = "See [the old site](http://www.example.org/), [our glossary](/glossary), "
                + "[a lost page](/no-such-page), [ECFMG](https://www.ecfmg.org/) and [a trick](javascript:alert(1)).",
        });

        var items = saved.Document.QuerySelectorAll("#links li").Select(li => HtmlPage.Fold(li.TextContent)).ToList();
        Assert.Equal(3, items.Count);
        Assert.StartsWith("Check: “the old site” in Body, address http://www.example.org/. Not secure (http:)", items[0], StringComparison.Ordinal);
        Assert.StartsWith("Will not work: “a lost page” in Body, address /no-such-page. No page of the portal", items[1], StringComparison.Ordinal);
        Assert.Contains("the sanitizer drops them", items[2], StringComparison.Ordinal);
        Assert.Contains("3 links in the draft to look at (2 will not work for visitors)", HtmlPage.Fold(saved.Document.QuerySelector("#links")!.TextContent), StringComparison.Ordinal);
        Assert.Equal("3 links to check", saved.Document.QuerySelector("main a[href='#links']")?.TextContent.Trim());
    }

    [Fact]
    public async Task Editor_LinkToARetiredPageWithARedirect_WarnsAndNamesTheTarget()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var retiredId = await StaffForms.PageIdAsync(staff, "get-involved");
        var settings = await HtmlPage.GetAsync(staff, $"/staff/pages/{retiredId}/settings");
        await settings.SubmitAsync(staff, new Dictionary<string, string> { ["redirectTo"] = "/mentoring" }, "#retire-form");
        var id = await StaffForms.PageIdAsync(staff, "echo");
        var editor = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}");

        var saved = await editor.SubmitAllAsync(staff, Editor, new Dictionary<string, string>
        {
            ["Input.BodyMarkdown"] = "Help us: [get involved](/get-involved).",
        });

        var item = HtmlPage.Fold(Assert.Single(saved.Document.QuerySelectorAll("#links li")).TextContent);
        Assert.Equal("Check: “get involved” in Body, address /get-involved. /get-involved is retired: visitors are sent on to /mentoring. Link to /mentoring instead.", item);
    }

    [Fact]
    public async Task Editor_DraftWithOneHttpLinkAmongGoodOnes_ListsOnlyThatOne()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var id = await StaffForms.PageIdAsync(staff, "credentialing");
        var editor = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}");

        var saved = await editor.SubmitAllAsync(staff, Editor, new Dictionary<string, string>
        {
            ["Input.BodyMarkdown"] = "Read [the FSMB tips](http://www.fsmb.org/fcvs/tips-for-applying/), [FCVS](https://www.fsmb.org/fcvs/) and [mentoring](/mentoring).",
        });

        var item = HtmlPage.Fold(Assert.Single(saved.Document.QuerySelectorAll("#links li")).TextContent);
        Assert.StartsWith("Check:", item, StringComparison.Ordinal);
        Assert.Contains("address http://www.fsmb.org/fcvs/tips-for-applying/. Not secure (http:)", item, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editor_DraftWithOnlyGoodLinks_SaysThereIsNothingToFix()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var id = await StaffForms.PageIdAsync(staff, "mentoring");
        var editor = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}");

        var saved = await editor.SubmitAllAsync(staff, Editor, new Dictionary<string, string>
        {
            ["Input.BodyMarkdown"] = "See [the glossary](/glossary), [the residency guide](/residency#step-1) and [ECFMG](https://www.ecfmg.org/).",
        });

        Assert.Empty(saved.Document.QuerySelectorAll("#links li"));
        Assert.Contains("No broken or non-https links in the draft.", HtmlPage.Fold(saved.Document.QuerySelector("#links")!.TextContent), StringComparison.Ordinal);
        Assert.Null(saved.Document.QuerySelector("main a[href='#links']"));
    }
}
