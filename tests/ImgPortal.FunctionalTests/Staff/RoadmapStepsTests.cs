using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ImgPortal.Core.Common;
using ImgPortal.Core.Profiles;
using ImgPortal.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.FunctionalTests.Staff;

public sealed class RoadmapStepsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Add_ValidStep_ShowsOnAMembersRoadmapAndRecomputesStoredStages()
    {
        var email = $"stale-stage-{Guid.NewGuid():N}@test.example";
        var memberId = await ProfileTestData.SeedMemberAsync(factory, email, "Test School", RoadmapStage.Residency, VisaNeed.None, mentor: false, [], []);
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var form = await HtmlPage.GetAsync(staff, "/staff/roadmap-steps/0");

        var saved = await form.SubmitAllAsync(staff, "#record-form", Valid("test-added-step", "Book the test course"));

        Assert.Contains("Saved Book the test course.", saved.MainText, StringComparison.Ordinal);
        Assert.Equal(RoadmapStage.Exams, (await ProfileTestData.ProfileOfAsync(factory, memberId))!.Stage);
        var member = PortalClient.Anonymous(factory);
        await PortalClient.LogInAsync(member, email, PortalFactory.Password);
        var roadmap = await HtmlPage.GetAsync(member, "/roadmap");
        Assert.Contains("Book the test course", roadmap.Document.QuerySelector("#step-test-added-step")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_InvalidStep_ShowsAMessagePerFieldWithTheTypedValuesAndSavesNothing()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var form = await HtmlPage.GetAsync(staff, "/staff/roadmap-steps/0");
        var values = Valid("Bad Key!", string.Empty);
        values["Input.Description"] = "Typed description nowhere";
        values["Input.Stage"] = string.Empty;

        var result = await form.SubmitAllAsync(staff, "#record-form", values);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("Use lowercase letters, digits and single hyphens only, e.g. usmle-step1.", result.ValidationMessages);
        Assert.Contains("Give the step a title.", result.ValidationMessages);
        Assert.Contains("Choose the stage the step belongs to.", result.ValidationMessages);
        Assert.Equal("Bad Key!", result.Document.QuerySelector<IHtmlInputElement>("input[name='Input.Key']")?.Value);
        Assert.Equal("Typed description nowhere", result.Document.QuerySelector("textarea[name='Input.Description']")?.TextContent.Trim());
        Assert.False(await ProfileTestData.QueryAsync(factory, db => db.RoadmapSteps.AnyAsync(s => s.Description == "Typed description nowhere")));
    }

    [Fact]
    public async Task Add_KeyAlreadyUsed_ShowsAMessageOnTheKey()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var form = await HtmlPage.GetAsync(staff, "/staff/roadmap-steps/0");

        var result = await form.SubmitAllAsync(staff, "#record-form", Valid(RoadmapRules.Keys.Step1, "A second Step 1"));

        Assert.Contains("Another step already has this key.", result.ValidationMessages);
        Assert.Equal(1, await ProfileTestData.QueryAsync(factory, db => db.RoadmapSteps.CountAsync(s => s.Key == RoadmapRules.Keys.Step1)));
    }

    [Fact]
    public async Task Edit_PostedKeyChange_IsIgnored()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var id = await ProfileTestData.QueryAsync(factory, db => db.RoadmapSteps.Where(s => s.Key == RoadmapRules.Keys.Step3).Select(s => s.Id).SingleAsync());
        var form = await HtmlPage.GetAsync(staff, $"/staff/roadmap-steps/{id}");

        await form.SubmitAllAsync(staff, "#record-form", new Dictionary<string, string> { ["Input.Key"] = "renamed-step3", ["Input.Title"] = "Step 3, retitled" });

        var step = await ProfileTestData.QueryAsync(factory, db => db.RoadmapSteps.AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.Equal(RoadmapRules.Keys.Step3, step.Key);
        Assert.Equal("Step 3, retitled", step.Title);
    }

    [Fact]
    public async Task Save_TwoEditorsOfOneStep_SecondIsAConflictKeepingTheTypedText()
    {
        var first = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var second = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var list = await HtmlPage.GetAsync(first, "/staff/roadmap-steps");
        var href = list.Document.QuerySelector("#roadmap-steps tbody a")!.GetAttribute("href")!;
        var firstForm = await HtmlPage.GetAsync(first, href);
        var secondForm = await HtmlPage.GetAsync(second, href);

        await firstForm.SubmitAllAsync(first, "#record-form", new Dictionary<string, string> { ["Input.Description"] = "First description" });
        var conflict = await secondForm.SubmitAllAsync(second, "#record-form", new Dictionary<string, string> { ["Input.Description"] = "Second description" });

        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Contains("First description", conflict.Document.QuerySelector("#conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Second description", conflict.Document.QuerySelector("textarea[name='Input.Description']")?.TextContent.Trim());
    }

    [Fact]
    public async Task Add_ScriptInAField_IsShownAsTextOnAMembersRoadmap()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var form = await HtmlPage.GetAsync(staff, "/staff/roadmap-steps/0");

        await form.SubmitAllAsync(staff, "#record-form", Valid("test-script-step", "<script>alert('step')</script>"));

        var (member, _, _) = await ProfileTestData.MemberAsync(factory);
        var roadmap = await HtmlPage.GetAsync(member, "/roadmap");
        Assert.Contains("<script>alert('step')</script>", roadmap.Document.QuerySelector("#step-test-script-step")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(roadmap.Document.QuerySelectorAll("main script"), s => s.TextContent.Contains("step')", StringComparison.Ordinal));
    }

    private static Dictionary<string, string> Valid(string key, string title) => new()
    {
        ["Input.Key"] = key,
        ["Input.Title"] = title,
        ["Input.Description"] = "A test step.",
        ["Input.SortOrder"] = "5",
        ["Input.Stage"] = "Exams",
        ["Input.GuidanceSlug"] = "residency",
    };
}
