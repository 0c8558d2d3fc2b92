using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ImgPortal.Core.Common;
using ImgPortal.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.FunctionalTests.Staff;

public sealed class SeasonDatesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Add_ValidDate_ShowsOnAMembersRoadmap()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var form = await HtmlPage.GetAsync(staff, "/staff/season-dates/0");

        var saved = await form.SubmitAllAsync(staff, "#record-form", Valid("Test programs open"));

        Assert.Contains("Saved Test programs open (2030-09-15).", saved.MainText, StringComparison.Ordinal);
        var (member, _, _) = await ProfileTestData.MemberAsync(factory);
        var roadmap = await HtmlPage.GetAsync(member, "/roadmap");
        Assert.Contains("Test programs open", roadmap.Document.QuerySelector("main #season-dates")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(roadmap.Document.QuerySelector("main #season-dates time[datetime='2030-09-15']"));
    }

    [Fact]
    public async Task Save_InvalidDate_ShowsAMessagePerFieldWithTheTypedValuesAndSavesNothing()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var form = await HtmlPage.GetAsync(staff, "/staff/season-dates/0");
        var values = Valid("Typed date nowhere");
        values["Input.Date"] = string.Empty;
        values["Input.Kind"] = string.Empty;
        values["Input.Cycle"] = "1999";

        var result = await form.SubmitAllAsync(staff, "#record-form", values);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("Give the date.", result.ValidationMessages);
        Assert.Contains("Choose the kind of date.", result.ValidationMessages);
        Assert.Contains("Give a Match year between 2000 and 2100.", result.ValidationMessages);
        Assert.Equal("Typed date nowhere", result.Document.QuerySelector<IHtmlInputElement>("input[name='Input.Title']")?.Value);
        Assert.False(await ProfileTestData.QueryAsync(factory, db => db.SeasonDates.AnyAsync(d => d.Title == "Typed date nowhere")));
    }

    [Fact]
    public async Task Save_TwoEditorsOfOneDate_SecondIsAConflictKeepingTheTypedText()
    {
        var first = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var second = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var list = await HtmlPage.GetAsync(first, "/staff/season-dates");
        var href = list.Document.QuerySelector("#season-dates tbody a")!.GetAttribute("href")!;
        var firstForm = await HtmlPage.GetAsync(first, href);
        var secondForm = await HtmlPage.GetAsync(second, href);

        await firstForm.SubmitAllAsync(first, "#record-form", new Dictionary<string, string> { ["Input.Notes"] = "First notes" });
        var conflict = await secondForm.SubmitAllAsync(second, "#record-form", new Dictionary<string, string> { ["Input.Notes"] = "Second notes" });

        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Contains("First notes", conflict.Document.QuerySelector("#conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Second notes", conflict.Document.QuerySelector("textarea[name='Input.Notes']")?.TextContent.Trim());
    }

    [Fact]
    public async Task Add_ScriptInAField_IsShownAsTextOnAMembersRoadmap()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var form = await HtmlPage.GetAsync(staff, "/staff/season-dates/0");

        await form.SubmitAllAsync(staff, "#record-form", Valid("<script>alert('season')</script>"));

        var (member, _, _) = await ProfileTestData.MemberAsync(factory);
        var roadmap = await HtmlPage.GetAsync(member, "/roadmap");
        Assert.Contains("<script>alert('season')</script>", roadmap.Document.QuerySelector("main #season-dates")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(roadmap.Document.QuerySelectorAll("main script"), s => s.TextContent.Contains("season", StringComparison.Ordinal));
    }

    private static Dictionary<string, string> Valid(string title) => new()
    {
        ["Input.Title"] = title,
        ["Input.Date"] = "2030-09-15",
        ["Input.Kind"] = "Opens",
        ["Input.Cycle"] = "2031",
        ["Input.Notes"] = "Test notes.",
    };
}
