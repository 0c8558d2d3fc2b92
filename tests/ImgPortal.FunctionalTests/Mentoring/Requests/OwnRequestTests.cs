using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Mentoring.Requests;
using ImgPortal.TestSupport;
using Microsoft.EntityFrameworkCore;
using static ImgPortal.FunctionalTests.Mentoring.MentoringSteps;

namespace ImgPortal.FunctionalTests.Mentoring.Requests;

/// <summary>A member's request: pre-filled from the profile, acknowledged, and theirs to see, change and withdraw.</summary>
public sealed class OwnRequestTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AskForMentor_WithAProfile_IsPreFilledFromItIncludingAProfileLanguage()
    {
        var (client, _, _) = await ProfileTestData.MemberAsync(factory);
        var profile = ProfileTestData.ValidForm();
        profile["Input.Languages"] = "english, Farsi";
        var saved = await (await HtmlPage.GetAsync(client, "/profile")).SubmitAsync(client, profile);
        Assert.Empty(saved.ValidationMessages);

        var page = await HtmlPage.GetAsync(client, "/mentoring/request");

        Assert.Equal("Internal Medicine", page.Document.QuerySelector<IHtmlSelectElement>("select[name=PreferredSpecialty]")!.Value);
        Assert.Equal("Farsi", page.Document.QuerySelector<IHtmlSelectElement>("select[name=Language]")!.Value);
        Assert.Equal("NY", page.Document.QuerySelector<IHtmlSelectElement>("select[name=State]")!.Value);
        Assert.Equal("India", page.Document.QuerySelector<IHtmlInputElement>("input[name=CountryOfTraining]")!.Value);
    }

    [Fact]
    public async Task Profile_LanguageNotOnTheList_IsRefusedWithTheList()
    {
        var (client, _, _) = await ProfileTestData.MemberAsync(factory);
        var profile = ProfileTestData.ValidForm();
        profile["Input.Languages"] = "Klingon";

        var page = await (await HtmlPage.GetAsync(client, "/profile")).SubmitAsync(client, profile);

        Assert.Contains(page.ValidationMessages, m => m.StartsWith("\"Klingon\" is not on the portal's list of languages", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ask_SendsOneAcknowledgementWithTheExpectedWaitAndAnAbsoluteLinkToTheRequest()
    {
        var name = "Ack " + Guid.NewGuid().ToString("N")[..8];
        var (client, requestId) = await AskAsync(factory, name);
        var email = await QueryAsync(factory, db => db.Users.Where(u => db.MenteeRequests.Any(r => r.Id == requestId && r.MemberUserId == u.Id)).Select(u => u.Email!).SingleAsync());

        var message = Assert.Single(factory.Mailbox.MessagesTo(email));
        var link = factory.Mailbox.LinkIn(email, $"/mentoring/requests/{requestId}");
        var page = await HtmlPage.GetAsync(client, link.PathAndQuery);

        Assert.Contains("ImgPortal: we have your request for a mentor", message.Subject, StringComparison.Ordinal);
        Assert.Contains("wait", message.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.True(link.IsAbsoluteUri);
        Assert.Equal("Your request for a mentor", page.Heading);
        Assert.Contains(link.ToString(), message.TextBody, StringComparison.Ordinal);
        Assert.Contains("http://localhost/mentoring/dashboard", message.TextBody, StringComparison.Ordinal);
        Assert.Contains(Core.Mentoring.Notifications.MentoringMailer.Reason, message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OwnRequest_AnotherMember_GetsNotFoundAndCannotWithdraw()
    {
        var (_, requestId) = await AskAsync(factory, "Private " + Guid.NewGuid().ToString("N")[..8]);
        var other = await PortalClient.AsRoleAsync(factory, Roles.Member);

        var page = await HtmlPage.GetAsync(other, $"/mentoring/requests/{requestId}");
        var withdraw = await PostAsync(other, $"/mentoring/requests/{requestId}/withdraw");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal(HttpStatusCode.NotFound, withdraw.StatusCode);
        Assert.Equal(RequestStatus.Open, await QueryAsync(factory, db => db.MenteeRequests.Where(r => r.Id == requestId).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task OwnRequest_OpenRequest_CanBeChangedThenWithdrawn()
    {
        var (client, requestId) = await AskAsync(factory, "Editor " + Guid.NewGuid().ToString("N")[..8]);
        var page = await HtmlPage.GetAsync(client, $"/mentoring/requests/{requestId}");
        var values = Request("Edited name");
        values["Language"] = "Tagalog";

        var saved = await page.SubmitAsync(client, values, "form#edit-request");
        var withdrawn = await saved.SubmitAsync(client, new Dictionary<string, string>(), "form#withdraw-request");

        Assert.Contains("Your request is saved.", saved.MainText, StringComparison.Ordinal);
        Assert.Equal("Tagalog", saved.Document.QuerySelector<IHtmlSelectElement>("select[name=Language]")!.Value);
        Assert.Contains("Your request is withdrawn.", withdrawn.MainText, StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Closed, await QueryAsync(factory, db => db.MenteeRequests.Where(r => r.Id == requestId).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task Withdraw_ProposedRequest_CancelsTheProposalAndTellsTheMentorOnce()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (_, mentorId) = await VolunteerAsync(factory, "Dr Withdrawn " + suffix);
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        await ApproveAsync(factory, staff, mentorId);
        var (member, requestId) = await AskAsync(factory, "Withdrawing " + suffix);
        await PairAsync(staff, requestId, mentorId);
        var mentorEmail = await QueryAsync(factory, db => db.Users.Where(u => db.Mentors.Any(m => m.Id == mentorId && m.UserId == u.Id)).Select(u => u.Email!).SingleAsync());
        var page = await HtmlPage.GetAsync(member, $"/mentoring/requests/{requestId}");

        var withdrawn = await page.SubmitAsync(member, new Dictionary<string, string>(), "form#withdraw-request");

        Assert.Null(page.Document.QuerySelector("form#edit-request"));
        Assert.Contains("Your request is withdrawn.", withdrawn.MainText, StringComparison.Ordinal);
        Assert.Equal(PairingState.Cancelled, await QueryAsync(factory, db => db.Pairings.Where(p => p.MenteeRequestId == requestId).Select(p => p.State).SingleAsync()));
        Assert.Single(factory.Mailbox.MessagesTo(mentorEmail), m => m.Subject!.Contains("withdrew", StringComparison.Ordinal));
    }
}
