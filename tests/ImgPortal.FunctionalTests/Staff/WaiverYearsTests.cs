using System.Net;
using AngleSharp.Dom;
using ImgPortal.Core.Common;
using ImgPortal.TestSupport;

namespace ImgPortal.FunctionalTests.Staff;

public sealed class WaiverYearsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Add_ValidFigures_ShowOnTheJ1WaiverPage()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var form = await HtmlPage.GetAsync(staff, "/staff/waiver-years/0");

        var saved = await form.SubmitAllAsync(staff, "#record-form", new Dictionary<string, string>
        {
            ["Input.ProgramName"] = "Test State 30",
            ["Input.Year"] = "2031",
            ["Input.TotalWaivers"] = "30",
            ["Input.SecondCategoryMax"] = "10",
            ["Input.Source"] = "Test source",
            ["Input.AsOf"] = "2031-01-02",
        });

        Assert.Contains("Saved Test State 30 2031.", saved.MainText, StringComparison.Ordinal);
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/j1-waiver");
        Assert.Contains("Test State 30", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_InvalidFigures_ShowsAMessagePerFieldWithTheTypedValues()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var form = await HtmlPage.GetAsync(staff, "/staff/waiver-years/0");

        var result = await form.SubmitAllAsync(staff, "#record-form", new Dictionary<string, string>
        {
            ["Input.ProgramName"] = "Typed program",
            ["Input.Year"] = "1800",
            ["Input.TotalWaivers"] = "5",
            ["Input.SecondCategoryMax"] = "9",
            ["Input.Source"] = string.Empty,
            ["Input.AsOf"] = "2031-01-02",
        });

        Assert.Contains("Give a year between 1990 and 2100.", result.ValidationMessages);
        Assert.Contains("Say where the figures come from.", result.ValidationMessages);
        Assert.Equal("Typed program", result.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Input.ProgramName']")?.Value);
    }

    [Fact]
    public async Task Save_TwoEditorsOfOneYear_SecondIsAConflict()
    {
        var first = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var second = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var list = await HtmlPage.GetAsync(first, "/staff/waiver-years");
        var href = list.Document.QuerySelector("#waiver-years tbody a")!.GetAttribute("href")!;
        var firstForm = await HtmlPage.GetAsync(first, href);
        var secondForm = await HtmlPage.GetAsync(second, href);

        await firstForm.SubmitAllAsync(first, "#record-form", new Dictionary<string, string> { ["Input.Notes"] = "First notes" });
        var conflict = await secondForm.SubmitAllAsync(second, "#record-form", new Dictionary<string, string> { ["Input.Notes"] = "Second notes" });

        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Contains("First notes", conflict.Document.QuerySelector("#conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Second notes", conflict.Document.QuerySelector("textarea[name='Input.Notes']")?.TextContent.Trim());
    }
}
