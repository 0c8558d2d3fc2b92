using System.Net;
using AngleSharp.Dom;
using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.TestSupport;
using Microsoft.EntityFrameworkCore;
using static ImgPortal.FunctionalTests.Mentoring.MentoringSteps;

namespace ImgPortal.FunctionalTests.Mentoring.Choices;

/// <summary>The portal with <c>Mentoring:MembersMayChoose</c> on.</summary>
public sealed class ChoosingPortalFactory : PortalFactory
{
    public ChoosingPortalFactory()
    {
        With("Mentoring:MembersMayChoose", "true");
    }
}

public sealed class MemberChoiceTests(ChoosingPortalFactory factory) : IClassFixture<ChoosingPortalFactory>
{
    [Fact]
    public async Task Choose_MembersMayChoose_MemberPicksASuggestedMentorWhoIsAsked()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (_, mentorId) = await VolunteerAsync(factory, "Dr Choice " + suffix);
        await ApproveAsync(factory, await PortalClient.AsRoleAsync(factory, Roles.Staff), mentorId);
        var (member, requestId) = await AskAsync(factory, "Chooser " + suffix);

        var dashboard = await HtmlPage.GetAsync(member, "/mentoring/dashboard");
        var after = await dashboard.SubmitAsync(
            member,
            new Dictionary<string, string> { ["mentorId"] = mentorId.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            $"form[action='/mentoring/requests/{requestId}/choose']");

        Assert.Contains("has been asked by e-mail", after.MainText, StringComparison.Ordinal);
        Assert.Equal(PairingState.Proposed, await QueryAsync(factory, db => db.Pairings.Where(p => p.MenteeRequestId == requestId).Select(p => p.State).SingleAsync()));
    }
}

public sealed class MemberChoiceOffTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Choose_WhenMembersMayNotChoose_IsNotFoundAndNothingIsPaired()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (_, mentorId) = await VolunteerAsync(factory, "Dr NoChoice " + suffix);
        await ApproveAsync(factory, await PortalClient.AsRoleAsync(factory, Roles.Staff), mentorId);
        var (member, requestId) = await AskAsync(factory, "NoChooser " + suffix);

        var dashboard = await HtmlPage.GetAsync(member, "/mentoring/dashboard");
        var response = await PostAsync(member, $"/mentoring/requests/{requestId}/choose", new Dictionary<string, string> { ["mentorId"] = mentorId.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Null(dashboard.Document.QuerySelector("form[action$='/choose']"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await QueryAsync(factory, db => db.Pairings.AnyAsync(p => p.MenteeRequestId == requestId)));
    }
}

public sealed class MemberChoiceSettingTests
{
    [Fact]
    public async Task StaffTurnChoosingOn_TheMembersDashboardOffersTheirTopSuggestions()
    {
        using var factory = new PortalFactory();
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var (_, mentorId) = await VolunteerAsync(factory, "Dr Setting");
        await ApproveAsync(factory, staff, mentorId);
        var (member, _) = await AskAsync(factory, "Setting Member");
        var before = await HtmlPage.GetAsync(member, "/mentoring/dashboard");

        var overview = await HtmlPage.GetAsync(staff, "/staff/mentoring");
        var saved = await overview.SubmitAsync(staff, new Dictionary<string, string> { ["membersMayChoose"] = "true" }, "form#mentoring-settings");
        var after = await HtmlPage.GetAsync(member, "/mentoring/dashboard");

        Assert.Null(before.Document.QuerySelector("form[action$='/choose']"));
        Assert.Contains("Members may now choose", saved.MainText, StringComparison.Ordinal);
        Assert.True(saved.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input#membersMayChoose")!.IsChecked);
        Assert.NotNull(after.Document.QuerySelector("form[action$='/choose']"));
    }

    [Fact]
    public async Task MemberPostsTheSetting_IsRefusedAndNothingChanges()
    {
        using var factory = new PortalFactory();
        var member = await PortalClient.AsRoleAsync(factory, Roles.Member, followRedirects: false);
        var page = await HtmlPage.GetAsync(member, "/");

        var response = await member.PostAsync("/staff/mentoring/settings", new FormUrlEncodedContent(
            [new("membersMayChoose", "true"), new("__RequestVerificationToken", page.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value)]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("accessdenied", response.Headers.Location?.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.False(await QueryAsync(factory, db => db.MentoringSettings.AnyAsync()));
    }
}
