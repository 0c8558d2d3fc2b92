using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Choices;
using ImgPortal.TestSupport;
using Microsoft.EntityFrameworkCore;
using static ImgPortal.FunctionalTests.Mentoring.MentoringSteps;

namespace ImgPortal.FunctionalTests.Mentoring.Choices;

/// <summary>Members rank up to three mentors when staff let them choose: the directory's button, the form, staff's one click.</summary>
public sealed class MentorRankingTests(ChoosingPortalFactory factory) : IClassFixture<ChoosingPortalFactory>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static string? Selected(HtmlPage page, int index) =>
        page.Document.QuerySelector<IHtmlSelectElement>($"select[name='MentorChoices[{index}]']")?.SelectedOptions is { Length: > 0 } options ? options[0].Value : null;

    [Fact]
    public async Task AskThisMentor_NewMember_RanksTheMentorFirstAndStaffAskThemInOneClick()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var (_, mentorId) = await VolunteerAsync(factory, "Dr Ranked " + suffix);
        await ApproveAsync(factory, staff, mentorId);
        var member = await PortalClient.AsRoleAsync(factory, Roles.Member);

        var directory = await HtmlPage.GetAsync(member, "/mentoring/mentors?specialty=Internal%20Medicine&page=1");
        var ask = directory.Document.QuerySelectorAll("a.ask-mentor")
            .Single(a => a.GetAttribute("href") == "/mentoring/request?mentor=" + Id(mentorId));
        var form = await HtmlPage.GetAsync(member, ask.GetAttribute("href")!);
        var values = Request("Ranker " + suffix);
        values["MentorChoices[0]"] = Selected(form, 0)!;
        await form.SubmitAsync(member, values);
        var requestId = await QueryAsync(factory, db => db.MenteeRequests.Where(r => r.DisplayName == "Ranker " + suffix).Select(r => r.Id).SingleAsync());
        var staffPage = await HtmlPage.GetAsync(staff, $"/staff/requests/{requestId}");
        var proposed = await staffPage.SubmitAsync(staff, new Dictionary<string, string>(), "form#propose-first-choice");

        Assert.Equal("Ask this mentor: Dr Ranked " + suffix, HtmlPage.Fold(ask.TextContent));
        Assert.Equal(Id(mentorId), Selected(form, 0));
        Assert.Contains("Dr Ranked " + suffix, staffPage.Document.QuerySelector(".request-ranking ol")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("has been asked by e-mail", proposed.MainText, StringComparison.Ordinal);
        Assert.Equal(mentorId, await QueryAsync(factory, db => db.Pairings.Where(p => p.MenteeRequestId == requestId).Select(p => p.MentorId).SingleAsync()));
    }

    [Fact]
    public async Task AskThisMentor_MemberWithAnOpenRequest_AddsTheMentorToTheirRankingOnceSaved()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var (_, mentorId) = await VolunteerAsync(factory, "Dr Added " + suffix);
        await ApproveAsync(factory, staff, mentorId);
        var (member, requestId) = await AskAsync(factory, "Adder " + suffix);

        var page = await HtmlPage.GetAsync(member, "/mentoring/request?mentor=" + Id(mentorId));
        var saved = await page.SubmitAsync(member, new Dictionary<string, string> { ["MentorChoices[0]"] = Selected(page, 0)! }, "form#edit-request");

        Assert.Equal($"/mentoring/requests/{requestId}", page.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("is added to your ranking", page.MainText, StringComparison.Ordinal);
        Assert.Contains("Your request is saved", saved.MainText, StringComparison.Ordinal);
        Assert.Equal([mentorId], await QueryAsync(factory, db => db.MentorChoices.Where(c => c.MenteeRequestId == requestId).Select(c => c.MentorId).ToListAsync()));
    }

    [Fact]
    public async Task AskForMentor_SameMentorTwice_IsReShownWithTheMessageAndTheChoices()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var (_, mentorId) = await VolunteerAsync(factory, "Dr Twice " + suffix, capacity: 2);
        await ApproveAsync(factory, staff, mentorId);
        var member = await PortalClient.AsRoleAsync(factory, Roles.Member);
        var form = await HtmlPage.GetAsync(member, "/mentoring/request");
        var values = Request("Twice " + suffix);
        values["MentorChoices[0]"] = Id(mentorId);
        values["MentorChoices[1]"] = Id(mentorId);

        var page = await form.SubmitAsync(member, values);

        Assert.Equal("Ask for a mentor", page.Heading);
        Assert.Contains(ChoiceRules.Duplicate, page.ValidationMessages);
        Assert.Equal((Id(mentorId), Id(mentorId)), (Selected(page, 0), Selected(page, 1)));
        Assert.False(await QueryAsync(factory, db => db.MenteeRequests.AnyAsync(r => r.DisplayName == "Twice " + suffix)));
    }

    [Fact]
    public async Task OwnRequest_AnotherMembersRequestWithAMentorToAdd_IsNotFound()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (_, requestId) = await AskAsync(factory, "Owner " + suffix);
        var other = await PortalClient.AsRoleAsync(factory, Roles.Member);

        var page = await HtmlPage.GetAsync(other, $"/mentoring/requests/{requestId}?mentor=1");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, page.Status);
    }
}

public sealed class MentorRankingOffTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Directory_WhenMembersMayNotChoose_HasNoAskButtonAndTheFormNoRanking()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (_, mentorId) = await VolunteerAsync(factory, "Dr NoAsk " + suffix);
        await ApproveAsync(factory, await PortalClient.AsRoleAsync(factory, Roles.Staff), mentorId);
        var member = await PortalClient.AsRoleAsync(factory, Roles.Member);

        var directory = await HtmlPage.GetAsync(member, "/mentoring/mentors");
        var form = await HtmlPage.GetAsync(member, "/mentoring/request?mentor=" + mentorId.ToString(CultureInfo.InvariantCulture));

        Assert.NotEmpty(directory.Document.QuerySelectorAll(".mentor-card"));
        Assert.Empty(directory.Document.QuerySelectorAll("a.ask-mentor"));
        Assert.Empty(form.Document.QuerySelectorAll("select[name^='MentorChoices']"));
    }

    [Fact]
    public async Task AskForMentor_PostedRankingWhenMembersMayNotChoose_IsRefusedAndNothingIsSaved()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (_, mentorId) = await VolunteerAsync(factory, "Dr Refused " + suffix);
        await ApproveAsync(factory, await PortalClient.AsRoleAsync(factory, Roles.Staff), mentorId);
        var member = await PortalClient.AsRoleAsync(factory, Roles.Member);
        var form = await HtmlPage.GetAsync(member, "/mentoring/request");
        var values = Request("Refused " + suffix);
        values["MentorChoices[0]"] = mentorId.ToString(CultureInfo.InvariantCulture);

        var page = await form.SubmitAsync(member, values);

        Assert.Equal("Ask for a mentor", page.Heading);
        Assert.Contains(ChoiceRules.ChoiceOff, page.ValidationMessages);
        Assert.False(await QueryAsync(factory, db => db.MenteeRequests.AnyAsync(r => r.DisplayName == "Refused " + suffix)));
    }
}
