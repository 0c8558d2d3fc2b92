using System.Net;
using System.Text.Json;
using ImgPortal.TestSupport;
using Microsoft.EntityFrameworkCore;
using static ImgPortal.FunctionalTests.ProfileTestData;

namespace ImgPortal.FunctionalTests;

public sealed class PersonalDataTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task DownloadPersonalData_MemberWithAProfile_IncludesTheProfileAndRoadmapAsJson()
    {
        var (client, _, email) = await MemberAsync(factory);
        await (await HtmlPage.GetAsync(client, "/profile")).SubmitAsync(client, ValidForm("Download School"), "form#profile-form");
        var page = await HtmlPage.GetAsync(client, "/Identity/Account/Manage/PersonalData");

        var response = await client.PostAsync(
            "/Identity/Account/Manage/DownloadPersonalData",
            new FormUrlEncodedContent([new("__RequestVerificationToken", page.AntiforgeryToken)]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(email, root.GetProperty("Email").GetString());
        Assert.Equal("Download School", root.GetProperty("ImgProfile").GetProperty("MedicalSchoolName").GetString());
        Assert.Equal("NY", root.GetProperty("ImgProfile").GetProperty("States")[0].GetString());
        var steps = root.GetProperty("Roadmap").GetProperty("Steps").EnumerateArray().ToList();
        Assert.Contains(steps, s => s.GetProperty("Key").GetString() == "usmle-step1" && s.GetProperty("State").GetString() == "Done");
    }

    [Fact]
    public async Task PrivacyDownloadLink_SignedInMember_OpensAPageWhoseButtonDownloadsTheData()
    {
        var (client, _, email) = await MemberAsync(factory);
        var privacy = await HtmlPage.GetAsync(client, "/privacy");
        var href = privacy.Document.QuerySelectorAll("main a")
            .Select(a => a.GetAttribute("href"))
            .Single(h => string.Equals(h, "/Identity/Account/Manage/DownloadPersonalData", StringComparison.OrdinalIgnoreCase));

        var page = await HtmlPage.GetAsync(client, href!);
        var download = await page.SubmitAsync(client, new Dictionary<string, string>(), "form#download-data");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Download your data", page.MainText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, download.Status);
        using var json = JsonDocument.Parse(await download.Response.Content.ReadAsStringAsync());
        Assert.Equal(email, json.RootElement.GetProperty("Email").GetString());
    }

    [Fact]
    public async Task DownloadPersonalData_MemberWhoReportedAnOutcome_IncludesTheOutcome()
    {
        var (client, _, _) = await MemberAsync(factory);
        var outcomes = await HtmlPage.GetAsync(client, "/profile/outcomes");
        await outcomes.SubmitAsync(client, new Dictionary<string, string>
        {
            ["Input.Kind"] = "MatchedToResidency",
            ["Input.OccurredOn"] = "2026-03-20",
            ["Input.Program"] = "Downloadable Medical Center",
            ["Input.Specialty"] = "Internal Medicine",
            ["Input.MatchYear"] = "2026",
        }, "form#add-outcome");
        var page = await HtmlPage.GetAsync(client, "/Identity/Account/Manage/PersonalData");

        var response = await client.PostAsync(
            "/Identity/Account/Manage/DownloadPersonalData",
            new FormUrlEncodedContent([new("__RequestVerificationToken", page.AntiforgeryToken)]));

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var outcome = Assert.Single(json.RootElement.GetProperty("Outcomes").EnumerateArray());
        Assert.Equal("Downloadable Medical Center", outcome.GetProperty("Details").GetProperty("Program").GetString());
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("Mentoring").GetProperty("Requests").ValueKind);
    }

    [Fact]
    public async Task DownloadPersonalData_MemberWhoFollowsChanges_IncludesTheAlertSettings()
    {
        var (client, _, _) = await MemberAsync(factory);
        var before = await DownloadAsync(client);
        await (await HtmlPage.GetAsync(client, "/alerts")).SubmitAsync(client, new Dictionary<string, string>
        {
            ["Input.Topics"] = "fees",
            ["Input.States"] = "TX",
            ["Input.Delivery"] = "WeeklyDigest",
        }, "form#alerts-form");

        using var json = await DownloadAsync(client);

        Assert.Equal(JsonValueKind.Null, before.RootElement.GetProperty("Alerts").ValueKind);
        var alerts = json.RootElement.GetProperty("Alerts");
        Assert.Equal("WeeklyDigest", alerts.GetProperty("Delivery").GetString());
        Assert.Equal(["fees"], alerts.GetProperty("Topics").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["TX"], alerts.GetProperty("States").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(JsonValueKind.String, alerts.GetProperty("FollowingSinceUtc").ValueKind);
        before.Dispose();
    }

    private static async Task<JsonDocument> DownloadAsync(HttpClient client)
    {
        var page = await HtmlPage.GetAsync(client, "/Identity/Account/Manage/PersonalData");
        var response = await client.PostAsync(
            "/Identity/Account/Manage/DownloadPersonalData",
            new FormUrlEncodedContent([new("__RequestVerificationToken", page.AntiforgeryToken)]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DeletePersonalData_MemberWithAProfile_DeletesTheProfileAndRoadmap()
    {
        var (client, userId, _) = await MemberAsync(factory);
        var roadmap = await (await HtmlPage.GetAsync(client, "/profile")).SubmitAsync(client, ValidForm(), "form#profile-form");
        await roadmap.SubmitAsync(client, new Dictionary<string, string> { ["states[eras-application]"] = "Done" }, "form#steps-form");
        var before = await CountsAsync(userId);

        var confirm = await HtmlPage.GetAsync(client, "/Identity/Account/Manage/DeletePersonalData");
        await confirm.SubmitAsync(client, new Dictionary<string, string> { ["Input.Password"] = PortalFactory.Password }, "form#delete-user");

        Assert.Equal((1, 4, 1), before);
        Assert.Equal((0, 0, 0), await CountsAsync(userId));
    }

    private Task<(int Profiles, int Tags, int States)> CountsAsync(string userId) =>
        QueryAsync(factory, async db => (
            await db.ImgProfiles.CountAsync(p => p.UserId == userId),
            await db.ProfileTags.CountAsync(t => t.UserId == userId),
            await db.MemberStepStates.CountAsync(s => s.UserId == userId)));
}
