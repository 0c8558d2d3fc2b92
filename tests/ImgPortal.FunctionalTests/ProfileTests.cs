using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ImgPortal.Core.Profiles;
using ImgPortal.TestSupport;
using static ImgPortal.FunctionalTests.ProfileTestData;

namespace ImgPortal.FunctionalTests;

public sealed class ProfileTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Edit_NewMemberPostsAValidProfile_SavesItAndShowsTheRoadmapBuiltFromIt()
    {
        var (client, userId, _) = await MemberAsync(factory);
        var form = await HtmlPage.GetAsync(client, "/profile");

        var roadmap = await form.SubmitAsync(client, ValidForm(), "form#profile-form");
        var again = await HtmlPage.GetAsync(client, "/profile");

        Assert.Equal("Your profile", form.Heading);
        Assert.Equal("Your roadmap", roadmap.Heading);
        Assert.Contains("Your profile is saved", roadmap.MainText, StringComparison.Ordinal);
        Assert.Equal("Done", StepState(roadmap, RoadmapRules.Keys.Step1));
        Assert.Equal("In progress", StepState(roadmap, RoadmapRules.Keys.Ecfmg));
        Assert.Contains(NextActions(roadmap), a => a.Contains("Read the State 30 waiver page", StringComparison.Ordinal)
            && a.Contains("J-1 visa and want to work in New York", StringComparison.Ordinal));
        Assert.Equal("India", Input(again, "Input.MedicalSchoolCountry").Value);
        Assert.Equal(["Internal Medicine"], again.Document.QuerySelectorAll<IHtmlInputElement>("input[name='Input.Specialties']")
            .Where(c => c.IsChecked).Select(c => c.Value));
        Assert.Equal(userId, (await ProfileOfAsync(factory, userId))!.UserId);
    }

    [Theory]
    [InlineData("14/03/2024", "2024-03-14")]
    [InlineData("14.03.2024", "2024-03-14")]
    [InlineData("14 March 2024", "2024-03-14")]
    [InlineData("March 14, 2024", "2024-03-14")]
    [InlineData("2024-03-14", "2024-03-14")]
    public async Task Edit_DateTypedInAnotherHabit_IsReadAsTheOnlyDateItCanBe(string typed, string stored)
    {
        var (client, _, _) = await MemberAsync(factory);
        var form = await HtmlPage.GetAsync(client, "/profile");
        var values = ValidForm();
        values["Input.Step1Date"] = typed;

        await form.SubmitAsync(client, values, "form#profile-form");
        var again = await HtmlPage.GetAsync(client, "/profile");

        Assert.Equal(stored, Input(again, "Input.Step1Date").Value);
    }

    [Fact]
    public async Task Edit_AmbiguousDate_IsRefusedWithBothReadingsAndTheFormKeepsEverythingElse()
    {
        var (client, _, _) = await MemberAsync(factory);
        var form = await HtmlPage.GetAsync(client, "/profile");
        var values = ValidForm();
        values["Input.Step1Date"] = "02/09/2025";

        var result = await form.SubmitAsync(client, values, "form#profile-form");

        Assert.Equal("Your profile", result.Heading);
        Assert.Contains(result.ValidationMessages, m => m.Contains("September 2, 2025", StringComparison.Ordinal)
            && m.Contains("February 9, 2025", StringComparison.Ordinal));
        Assert.Equal("India", Input(result, "Input.MedicalSchoolCountry").Value);
    }

    [Fact]
    public async Task Get_ProfileForm_OffersDatePickersWithAHintAndCheckboxesWithStatesByName()
    {
        var (client, _, _) = await MemberAsync(factory);

        var form = await HtmlPage.GetAsync(client, "/profile");

        var step1 = Input(form, "Input.Step1Date");
        Assert.Equal("date", step1.Type);
        Assert.Contains("year-month-day", form.Document.GetElementById(step1.GetAttribute("aria-describedby")!)!.TextContent, StringComparison.Ordinal);
        Assert.Empty(form.Document.QuerySelectorAll("select[multiple]"));
        Assert.DoesNotContain("Ctrl", form.MainText, StringComparison.Ordinal);
        var states = form.Document.QuerySelectorAll("#state-choices label").Select(l => l.TextContent.Trim()).ToList();
        Assert.Equal(51, states.Count);
        Assert.Equal(states.Order(StringComparer.Ordinal), states);
        Assert.Equal("Alabama", states[0]);
    }

    [Fact]
    public async Task Edit_MemberBecomesCertified_RoadmapMarksCertificationDoneAndDropsItsActions()
    {
        var (client, _, _) = await MemberAsync(factory);
        var form = await HtmlPage.GetAsync(client, "/profile");
        var before = await form.SubmitAsync(client, ValidForm(), "form#profile-form");
        var certified = ValidForm();
        certified["Input.EcfmgStatus"] = nameof(EcfmgStatus.Certified);
        certified["Input.EcfmgCertifiedOn"] = "2025-01-15";

        var after = await (await HtmlPage.GetAsync(client, "/profile")).SubmitAsync(client, certified, "form#profile-form");

        Assert.Contains(NextActions(before), a => a.Contains(RoadmapRules.NeededForCertification, StringComparison.Ordinal));
        Assert.Equal("Done", StepState(after, RoadmapRules.Keys.Ecfmg));
        Assert.Equal("Done", StepState(after, RoadmapRules.Keys.English));
        Assert.DoesNotContain(NextActions(after), a => a.Contains(RoadmapRules.NeededForCertification, StringComparison.Ordinal));
        Assert.Contains("Application", after.Document.QuerySelector("#stage")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_BadInput_ReshowsTheFormWithAMessagePerFieldAndSavesNothing()
    {
        var (client, userId, _) = await MemberAsync(factory);
        var form = await HtmlPage.GetAsync(client, "/profile");
        var bad = ValidForm("Typed School Name");
        bad["Input.GraduationYear"] = "1900";
        bad["Input.Step1Date"] = DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        bad["Input.Step2CkDate"] = string.Empty;
        bad["Input.FcvsStarted"] = "true";

        var page = await form.SubmitAsync(client, bad, "form#profile-form");

        Assert.Equal("Your profile", page.Heading);
        Assert.Equal("Typed School Name", Input(page, "Input.MedicalSchoolName").Value);
        Assert.Equal("1900", Input(page, "Input.GraduationYear").Value);
        Assert.Contains("graduation year must be between", FieldMessage(page, "Input.GraduationYear"), StringComparison.Ordinal);
        Assert.Contains("cannot be in the future", FieldMessage(page, "Input.Step1Date"), StringComparison.Ordinal);
        Assert.Contains("date of your Step 2 CK exam with its score", FieldMessage(page, "Input.Step2CkDate"), StringComparison.Ordinal);
        Assert.Contains("date you started your FCVS profile", FieldMessage(page, "Input.FcvsStartedOn"), StringComparison.Ordinal);
        Assert.Null(await ProfileOfAsync(factory, userId));
    }

    [Fact]
    public async Task Edit_UnparsableNumber_ReshowsTheTypedValueWithAMessage()
    {
        var (client, userId, _) = await MemberAsync(factory);
        var form = await HtmlPage.GetAsync(client, "/profile");
        var bad = ValidForm();
        bad["Input.Step2CkScore"] = "two hundred";

        var page = await form.SubmitAsync(client, bad, "form#profile-form");

        Assert.Equal("two hundred", Input(page, "Input.Step2CkScore").Value);
        Assert.NotEmpty(FieldMessage(page, "Input.Step2CkScore"));
        Assert.Null(await ProfileOfAsync(factory, userId));
    }

    [Fact]
    public async Task Edit_PostingOwnerIdStageOrRoles_CannotSetThem()
    {
        var (victim, victimId, _) = await MemberAsync(factory);
        await (await HtmlPage.GetAsync(victim, "/profile")).SubmitAsync(victim, ValidForm("Victim School"), "form#profile-form");
        var (attacker, attackerId, _) = await MemberAsync(factory, followRedirects: false);
        var form = await HtmlPage.GetAsync(attacker, "/profile");
        var values = ValidForm("Attacker School");
        values["UserId"] = victimId;
        values["Input.UserId"] = victimId;
        values["Input.Stage"] = nameof(RoadmapStage.Complete);
        values["Stage"] = nameof(RoadmapStage.Complete);
        values["Roles"] = "Staff";
        values["Input.Roles"] = "Staff";

        await form.SubmitAsync(attacker, values, "form#profile-form");
        var staffPage = await attacker.GetAsync("/staff/members");

        var victimProfile = await ProfileOfAsync(factory, victimId);
        var attackerProfile = await ProfileOfAsync(factory, attackerId);
        Assert.Equal("Victim School", victimProfile!.MedicalSchoolName);
        Assert.Equal("Attacker School", attackerProfile!.MedicalSchoolName);
        Assert.NotEqual(RoadmapStage.Complete, attackerProfile.Stage);
        Assert.Equal(HttpStatusCode.Redirect, staffPage.StatusCode);
        Assert.Contains("accessdenied", staffPage.Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task OtherMembersProfileOrRoadmap_ByIdOrUrl_IsNeverShown()
    {
        var (owner, ownerId, _) = await MemberAsync(factory);
        await (await HtmlPage.GetAsync(owner, "/profile")).SubmitAsync(owner, ValidForm("Secret Owner School"), "form#profile-form");
        var (other, _, _) = await MemberAsync(factory, followRedirects: false);

        var byPath = new[] { $"/profile/{ownerId}", $"/roadmap/{ownerId}", $"/roadmap/calendar.ics/{ownerId}" };
        var byQuery = new[] { $"/profile?userId={ownerId}", $"/roadmap?userId={ownerId}&id={ownerId}" };
        var staffDetail = await other.GetAsync($"/staff/members/{ownerId}");

        foreach (var url in byPath)
        {
            var response = await other.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} answered {(int)response.StatusCode}");
            Assert.DoesNotContain("Secret Owner School", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        foreach (var url in byQuery)
        {
            var page = await HtmlPage.GetAsync(other, url);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.DoesNotContain("Secret Owner School", page.Document.DocumentElement.OuterHtml, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Redirect, staffDetail.StatusCode);
        Assert.Contains("accessdenied", staffDetail.Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ProfileAndRoadmap_AnonymousVisitor_IsSentToLogIn()
    {
        var client = PortalClient.Anonymous(factory, followRedirects: false);

        var responses = new[] { await client.GetAsync("/profile"), await client.GetAsync("/roadmap"), await client.GetAsync("/roadmap/calendar.ics") };

        Assert.All(responses, r =>
        {
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
            Assert.Contains("/identity/account/login", r.Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task SetStates_OneFormForAllSteps_ChangesEachManualStepWithOneSave()
    {
        var (client, _, _) = await MemberAsync(factory);
        var roadmap = await (await HtmlPage.GetAsync(client, "/profile")).SubmitAsync(client, ValidForm(), "form#profile-form");

        var after = await roadmap.SubmitAsync(
            client,
            new Dictionary<string, string>
            {
                [$"states[{RoadmapRules.Keys.Eras}]"] = nameof(Core.Profiles.StepState.InProgress),
                [$"states[{RoadmapRules.Keys.RankList}]"] = nameof(Core.Profiles.StepState.Done),
            },
            "form#steps-form");

        Assert.Single(roadmap.Document.QuerySelectorAll("#steps button[type=submit]"));
        Assert.Equal("Not started", StepState(roadmap, RoadmapRules.Keys.Eras));
        Assert.Equal("In progress", StepState(after, RoadmapRules.Keys.Eras));
        Assert.Equal("Done", StepState(after, RoadmapRules.Keys.RankList));
        Assert.Contains("2 steps are updated", after.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetStates_StepTheProfileDecides_IsLeftUnchanged()
    {
        var (client, _, _) = await MemberAsync(factory);
        var roadmap = await (await HtmlPage.GetAsync(client, "/profile")).SubmitAsync(client, ValidForm(), "form#profile-form");

        var after = await roadmap.SubmitAsync(
            client,
            new Dictionary<string, string> { [$"states[{RoadmapRules.Keys.Step1}]"] = nameof(Core.Profiles.StepState.NotStarted) },
            "form#steps-form");

        Assert.Null(roadmap.Document.QuerySelector($"#state-{RoadmapRules.Keys.Step1}"));
        Assert.Equal("Done", StepState(after, RoadmapRules.Keys.Step1));
        Assert.Contains("Nothing changed", after.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calendar_Download_IsAnICalendarFileWithTheSeasonDates()
    {
        var (client, _, _) = await MemberAsync(factory);

        var response = await client.GetAsync("/roadmap/calendar.ics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("imgportal-dates.ics", response.Content.Headers.ContentDisposition!.FileName);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.Contains("DTSTART;VALUE=DATE:20270701\r\n", text, StringComparison.Ordinal);
        // The season dates of the Match the member can aim for (ADR 0074), each once, beside the member's own dates.
        var seasonUids = text.Split("\r\n").Where(l => l.StartsWith("UID:season-", StringComparison.Ordinal)).ToList();
        Assert.InRange(seasonUids.Count, 3, 20);
        Assert.Equal(seasonUids.Count, seasonUids.Distinct().Count());
        Assert.Equal(text.Split("BEGIN:VEVENT").Length - 1, seasonUids.Count + OwnDates(text) + Deadlines(text));
    }

    private static int Deadlines(string calendar) => calendar.Split("UID:deadline-").Length - 1;

    private static int OwnDates(string calendar) => calendar.Split("UID:own-").Length - 1;

    private static string StepState(HtmlPage page, string key) =>
        page.Document.QuerySelector($"#step-{key} .step-state")?.TextContent.Trim()
        ?? throw new InvalidOperationException($"No step {key} on {page.Response.RequestMessage?.RequestUri}.");

    private static List<string> NextActions(HtmlPage page) =>
        page.Document.QuerySelectorAll(".next-actions li").Select(li => HtmlPage.Fold(li.TextContent)).ToList();

    private static IHtmlInputElement Input(HtmlPage page, string name) =>
        page.Document.QuerySelector<IHtmlInputElement>($"input[name='{name}']")
        ?? throw new InvalidOperationException($"No input {name}.");

    private static string FieldMessage(HtmlPage page, string name) =>
        HtmlPage.Fold(page.Document.QuerySelector($"span[data-valmsg-for='{name}']")?.TextContent ?? string.Empty);
}
