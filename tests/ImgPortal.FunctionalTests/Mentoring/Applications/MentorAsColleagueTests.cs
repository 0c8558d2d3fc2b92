using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Vetting;
using ImgPortal.Infrastructure.Accounts;
using ImgPortal.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ImgPortal.FunctionalTests.Mentoring.MentoringSteps;

namespace ImgPortal.FunctionalTests.Mentoring.Applications;

/// <summary>
/// The volunteer treated as a colleague: the form starts from their name, they get an acknowledgement and can see and
/// change their pending application, the proposal e-mail says what the mentee asked for, staff do not re-tick what they
/// accepted, and the mentee's roadmap reaches their mentor only with the mentee's consent.
/// </summary>
public sealed class MentorAsColleagueTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Volunteer_RegisteredName_StartsTheNameShownToMentees()
    {
        var email = $"volunteer-{Guid.NewGuid():N}@test.example";
        await factory.CreateUserAsync(email);
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            user.DisplayName = "Ana Ruiz";
            await users.UpdateAsync(user);
        }

        var client = PortalClient.Anonymous(factory);
        await PortalClient.LogInAsync(client, email, PortalFactory.Password);

        var form = await HtmlPage.GetAsync(client, "/mentoring/volunteer");

        Assert.Equal("Ana Ruiz", form.Document.QuerySelector<IHtmlInputElement>("main input#DisplayName")!.Value);
    }

    [Fact]
    public async Task StaffMentorPage_MentorAcceptedTheTermsWhenVolunteering_ShowsThemDoneWithNothingToTick()
    {
        var name = $"Colleague {Guid.NewGuid():N}"[..24];
        var (_, mentorId) = await VolunteerAsync(factory, name);
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var page = await HtmlPage.GetAsync(staff, $"/staff/mentors/{mentorId}");

        var terms = page.Document.QuerySelector($".vetting-{VettingItem.CodeOfConductAccepted}")!;
        Assert.Equal("false", terms.GetAttribute("data-due"));
        Assert.Null(terms.QuerySelector("form"));
        Assert.Contains("the mentor (on the volunteer form)", HtmlPage.Fold(terms.TextContent), StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector($".vetting-{VettingItem.OrientationDone} form"));
    }

    [Fact]
    public async Task Volunteer_SendsAnAcknowledgementWhoseLinkOpensTheApplication()
    {
        var name = $"Ack {Guid.NewGuid():N}"[..24];
        var (client, mentorId) = await VolunteerAsync(factory, name);
        var email = await EmailOfMentorAsync(mentorId);

        var message = Assert.Single(factory.Mailbox.MessagesTo(email));
        var link = factory.Mailbox.LinkIn(email, "/mentoring/application");
        var page = await HtmlPage.GetAsync(client, link.PathAndQuery);

        Assert.Equal("ImgPortal: thank you for volunteering to mentor", message.Subject);
        Assert.Contains("What happens next", message.HtmlBody, StringComparison.Ordinal);
        var body = message.HtmlBody ?? string.Empty;
        Assert.True(
            body.Contains("how long a review takes", StringComparison.Ordinal)
            || body.Contains("Recently, staff have decided on applications", StringComparison.Ordinal),
            "The acknowledgement says roughly how long a review takes, or that it cannot say yet.");
        Assert.True(link.IsAbsoluteUri);
        Assert.Equal("Your application to mentor", page.Heading);
        Assert.Equal(name, page.Document.QuerySelector<IHtmlInputElement>("main form.application-form input#DisplayName")!.Value);
    }

    [Fact]
    public async Task Application_Pending_IsShownOnTheDashboardAndAChangeIsSaved()
    {
        var name = $"Edit {Guid.NewGuid():N}"[..24];
        var (client, mentorId) = await VolunteerAsync(factory, name);
        var dashboard = await HtmlPage.GetAsync(client, "/mentoring/dashboard");
        var values = Volunteer(name);
        values.Remove("AgreeToTerms");
        values["Hospital"] = "Kings County Hospital";

        var form = await HtmlPage.GetAsync(client, dashboard.Document.QuerySelector("a.application-link")!.GetAttribute("href")!);
        var after = await form.SubmitAsync(client, values, "main form.application-form");

        Assert.Equal("See or change your application", dashboard.Document.QuerySelector("a.application-link")!.TextContent.Trim());
        Assert.Contains("Your application is saved.", after.MainText, StringComparison.Ordinal);
        Assert.Equal("Kings County Hospital", after.Document.QuerySelector<IHtmlInputElement>("main input#Hospital")!.Value);
        Assert.Equal("Kings County Hospital", await QueryAsync(factory, db => db.Mentors.Where(m => m.Id == mentorId).Select(m => m.Hospital).SingleAsync()));
    }

    [Fact]
    public async Task Application_Approved_IsShownWithoutAForm()
    {
        var name = $"Approved {Guid.NewGuid():N}"[..24];
        var (client, mentorId) = await VolunteerAsync(factory, name);
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        await ApproveAsync(factory, staff, mentorId);

        var page = await HtmlPage.GetAsync(client, "/mentoring/application");

        Assert.Null(page.Document.QuerySelector("main form.application-form"));
        Assert.Contains("approved", page.Document.QuerySelector(".mentor-status")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Mercy General", page.Document.QuerySelector(".application-details")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffMentorPage_MentorReadTheOrientation_ShowsItAcceptedByTheMentorOnADateAndLinksToTheOrientation()
    {
        var name = $"Oriented {Guid.NewGuid():N}"[..24];
        var client = await PortalClient.AsRoleAsync(factory, Roles.Member);
        var values = Volunteer(name);
        values["ReadOrientation"] = "true";
        await (await HtmlPage.GetAsync(client, "/mentoring/volunteer")).SubmitAsync(client, values);
        var mentorId = await QueryAsync(factory, db => db.Mentors.Where(m => m.DisplayName == name).Select(m => m.Id).SingleAsync());
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var page = await HtmlPage.GetAsync(staff, $"/staff/mentors/{mentorId}");
        var link = page.Document.QuerySelector<IHtmlAnchorElement>($".vetting-{VettingItem.OrientationDone} a.orientation-link")!;
        var guidance = await HtmlPage.GetAsync(staff, link.GetAttribute("href")!);

        var orientation = page.Document.QuerySelector($".vetting-{VettingItem.OrientationDone}")!;
        Assert.Equal("false", orientation.GetAttribute("data-due"));
        Assert.Null(orientation.QuerySelector("form"));
        Assert.StartsWith("accepted by the mentor (on the volunteer form) on ", HtmlPage.Fold(orientation.QuerySelector(".accepted-by-mentor")!.TextContent), StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector($".vetting-{VettingItem.CodeOfConductAccepted} form"));
        Assert.Equal("/mentoring#mentor-orientation", link.GetAttribute("href"));
        Assert.NotNull(guidance.Document.GetElementById("mentor-orientation"));
    }

    [Fact]
    public async Task StaffRequestPage_MentorWithoutTheRequestedLanguage_WarnsOfNoSharedLanguageInWords()
    {
        var name = $"French {Guid.NewGuid():N}"[..24];
        var client = await PortalClient.AsRoleAsync(factory, Roles.Member);
        await (await HtmlPage.GetAsync(client, "/mentoring/volunteer")).SubmitAsync(client, Volunteer(name, language: "French"));
        var mentorId = await QueryAsync(factory, db => db.Mentors.Where(m => m.DisplayName == name).Select(m => m.Id).SingleAsync());
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        await ApproveAsync(factory, staff, mentorId);
        var (_, requestId) = await AskAsync(factory, "Mentee " + name);

        var page = await HtmlPage.GetAsync(staff, $"/staff/requests/{requestId}");

        var suggestion = page.Document.QuerySelector($".suggestion[data-mentor-id='{mentorId}']")!;
        Assert.Equal(
            $"Check first: No shared language: the member asked for Spanish, and {name} speaks French.",
            HtmlPage.Fold(suggestion.QuerySelector(".match-warning")!.TextContent));
    }

    [Fact]
    public async Task Proposal_EmailToTheMentor_SaysWhatTheMenteeAskedForWhatHappensNextAndWhenItExpires()
    {
        var (mentor, _, pairingId, mentorEmail) = await PairedAsync(share: false);

        var message = factory.Mailbox.MessagesTo(mentorEmail).Single(m => m.Subject == "ImgPortal: a mentee would like your help");
        var link = factory.Mailbox.LinkIn(mentorEmail, $"/mentoring/pairings/{pairingId}");
        var page = await HtmlPage.GetAsync(mentor, link.PathAndQuery);

        var body = HtmlPage.Fold(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(message.HtmlBody!).Body!.TextContent);
        Assert.Contains("Help with: Interviewing", body, StringComparison.Ordinal);
        Assert.Contains("Specialty: Internal Medicine", body, StringComparison.Ordinal);
        Assert.Contains("Language: Spanish", body, StringComparison.Ordinal);
        Assert.Contains("Roadmap stage: not shared by the mentee", body, StringComparison.Ordinal);
        Assert.Contains("What happens next", body, StringComparison.Ordinal);
        Assert.Contains("This proposal expires in 7 days", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Document.QuerySelector("#accept-form"));
    }

    [Fact]
    public async Task PairingPage_WithoutConsent_MentorSeesAPlainLineThatItIsNotShared()
    {
        var (mentor, _, pairingId, _) = await PairedAsync(share: false);

        var page = await HtmlPage.GetAsync(mentor, $"/mentoring/pairings/{pairingId}");

        Assert.Equal("Your mentee has not shared their roadmap with you.", page.Document.QuerySelector(".roadmap-not-shared")!.TextContent.Trim());
        Assert.Null(page.Document.QuerySelector(".roadmap-stage"));
    }

    [Fact]
    public async Task PairingPage_MenteeConsents_OnlyTheirMentorSeesTheStageNotStaffNorAnotherMentor()
    {
        var (mentor, member, pairingId, _) = await PairedAsync(share: false);
        var (otherMentor, otherMentorId) = await VolunteerAsync(factory, $"Other {Guid.NewGuid():N}"[..24]);
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        await ApproveAsync(factory, staff, otherMentorId);

        var memberPage = await HtmlPage.GetAsync(member, $"/mentoring/pairings/{pairingId}");
        var shared = await memberPage.SubmitAsync(member, new Dictionary<string, string>(), "form[action$='/share-roadmap']");
        var mentorPage = await HtmlPage.GetAsync(mentor, $"/mentoring/pairings/{pairingId}");
        var staffPage = await HtmlPage.GetAsync(staff, $"/mentoring/pairings/{pairingId}");
        var otherResponse = await otherMentor.GetAsync($"/mentoring/pairings/{pairingId}");

        var stage = await QueryAsync(factory, db => db.ImgProfiles.Where(p => db.MenteeRequests.Any(r => r.MemberUserId == p.UserId && r.Pairings.Any(x => x.Id == pairingId))).Select(p => p.Stage).SingleAsync());
        Assert.Contains("Your mentor can now see your roadmap stage", shared.MainText, StringComparison.Ordinal);
        Assert.Equal($"Stage: {Core.Mentoring.Sharing.RoadmapSharingRules.StageInWords(stage)}.", HtmlPage.Fold(mentorPage.Document.QuerySelector(".roadmap-stage")!.TextContent));
        Assert.Null(mentorPage.Document.QuerySelector(".roadmap-not-shared"));
        Assert.Null(staffPage.Document.QuerySelector(".roadmap-share"));
        Assert.Equal(HttpStatusCode.NotFound, otherResponse.StatusCode);
    }

    [Fact]
    public async Task ShareRoadmap_PostedByTheMentorOrStaff_IsNotFoundAndChangesNothing()
    {
        var (mentor, _, pairingId, _) = await PairedAsync(share: false);
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var byMentor = await PostAsync(mentor, $"/mentoring/pairings/{pairingId}/share-roadmap", new Dictionary<string, string> { ["share"] = "true" });
        var byStaff = await PostAsync(staff, $"/mentoring/pairings/{pairingId}/share-roadmap", new Dictionary<string, string> { ["share"] = "true" });

        Assert.Equal(HttpStatusCode.NotFound, byMentor.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byStaff.StatusCode);
        Assert.False(await QueryAsync(factory, db => db.Pairings.Where(p => p.Id == pairingId).Select(p => p.Request!.ShareRoadmapWithMentor).SingleAsync()));
    }

    [Fact]
    public async Task Ask_ShareRoadmapLeftUnticked_IsOffByDefault()
    {
        var (_, requestId) = await AskAsync(factory, $"Default {Guid.NewGuid():N}"[..24]);

        Assert.False(await QueryAsync(factory, db => db.MenteeRequests.Where(r => r.Id == requestId).Select(r => r.ShareRoadmapWithMentor).SingleAsync()));
    }

    /// <summary>An approved mentor, a member with a profile who asked for a mentor, and staff's proposal between them.</summary>
    private async Task<(HttpClient Mentor, HttpClient Member, int PairingId, string MentorEmail)> PairedAsync(bool share)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (mentor, mentorId) = await VolunteerAsync(factory, "Dr Share " + suffix);
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        await ApproveAsync(factory, staff, mentorId);
        var (member, _, _) = await ProfileTestData.MemberAsync(factory);
        await (await HtmlPage.GetAsync(member, "/profile")).SubmitAsync(member, ProfileTestData.ValidForm());
        var request = Request("Mentee " + suffix);
        if (share)
        {
            request["ShareRoadmap"] = "true";
        }

        await (await HtmlPage.GetAsync(member, "/mentoring/request")).SubmitAsync(member, request);
        var requestId = await QueryAsync(factory, db => db.MenteeRequests.Where(r => r.DisplayName == "Mentee " + suffix).Select(r => r.Id).SingleAsync());
        await PairAsync(staff, requestId, mentorId);
        return (mentor, member, await PairingIdAsync(factory, requestId), await EmailOfMentorAsync(mentorId));
    }

    private Task<string> EmailOfMentorAsync(int mentorId) =>
        QueryAsync(factory, db => db.Users.Where(u => db.Mentors.Any(m => m.Id == mentorId && m.UserId == u.Id)).Select(u => u.Email!).SingleAsync());
}
