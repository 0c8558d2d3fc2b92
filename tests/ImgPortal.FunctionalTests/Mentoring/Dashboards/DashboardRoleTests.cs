using ImgPortal.Core.Common;
using ImgPortal.TestSupport;
using static ImgPortal.FunctionalTests.Mentoring.MentoringSteps;

namespace ImgPortal.FunctionalTests.Mentoring.Dashboards;

/// <summary>The dashboard shows each person their own side of the program: mentee, mentor or both.</summary>
public sealed class DashboardRoleTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Dashboard_MemberWhoAskedForAMentor_SeesTheirRequestAndNoMentorSection()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (member, requestId) = await AskAsync(factory, "Only mentee " + suffix);

        var page = await HtmlPage.GetAsync(member, "/mentoring/dashboard");

        Assert.NotNull(page.Document.QuerySelector($".mentee-side .mentee-request[data-request-id='{requestId}']"));
        Assert.Null(page.Document.QuerySelector(".mentor-side"));
        Assert.DoesNotContain("Proposals to answer", page.MainText, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("main a[href='/mentoring/volunteer']"));
    }

    [Fact]
    public async Task Dashboard_NewMember_IsOfferedAMentorAndSeesNoMentorSection()
    {
        var member = await PortalClient.AsRoleAsync(factory, Roles.Member);

        var page = await HtmlPage.GetAsync(member, "/mentoring/dashboard");

        Assert.NotNull(page.Document.QuerySelector(".mentee-side a[href='/mentoring/request']"));
        Assert.Null(page.Document.QuerySelector(".mentor-side"));
    }

    [Fact]
    public async Task Dashboard_ApprovedMentor_SeesProposalsMenteesAndCapacityAndNoMenteeSection()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (mentor, mentorId) = await VolunteerAsync(factory, "Dr Only " + suffix, capacity: 3);
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        await ApproveAsync(factory, staff, mentorId);
        var (_, requestId) = await AskAsync(factory, "Proposed mentee " + suffix);
        await PairAsync(staff, requestId, mentorId);
        var pairingId = await PairingIdAsync(factory, requestId);

        var page = await HtmlPage.GetAsync(mentor, "/mentoring/dashboard");

        Assert.Null(page.Document.QuerySelector(".mentee-side"));
        Assert.NotNull(page.Document.QuerySelector($".mentor-proposals .mentee-pairing[data-pairing-id='{pairingId}']"));
        Assert.Equal("You have no active mentee.", page.Document.QuerySelector(".no-mentees")!.TextContent.Trim());
        Assert.Equal(
            "You take up to 3 mentees at a time; 1 place is taken by proposals and active pairings.",
            page.Document.QuerySelector(".mentor-capacity")!.TextContent.Trim());
        Assert.NotNull(page.Document.QuerySelector("main a[href='/mentoring/request']"));
    }

    [Fact]
    public async Task Dashboard_MentorWhoAlsoAskedForAMentor_SeesBothSidesLabelled()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (both, _) = await VolunteerAsync(factory, "Dr Both " + suffix);
        var form = await HtmlPage.GetAsync(both, "/mentoring/request");
        await form.SubmitAsync(both, Request("Both mentee " + suffix));

        var page = await HtmlPage.GetAsync(both, "/mentoring/dashboard");

        Assert.Equal("As a mentor", page.Document.QuerySelector(".mentor-side h2")!.TextContent.Trim());
        Assert.Equal("As a mentee", page.Document.QuerySelector(".mentee-side h2")!.TextContent.Trim());
        Assert.Single(page.Document.QuerySelectorAll(".mentee-side .mentee-request"));
    }

    [Fact]
    public async Task Dashboard_AcceptedPairing_ShowsTheMenteeTheMentorsProfileAndMeetingPreference()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (mentor, mentorId) = await VolunteerAsync(factory, "Dr Profile " + suffix);
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        await ApproveAsync(factory, staff, mentorId);
        var (member, requestId) = await AskAsync(factory, "Profile mentee " + suffix);
        await PairAsync(staff, requestId, mentorId);
        var before = await HtmlPage.GetAsync(member, "/mentoring/dashboard");
        await PostAsync(mentor, $"/mentoring/pairings/{await PairingIdAsync(factory, requestId)}/accept");

        var page = await HtmlPage.GetAsync(member, "/mentoring/dashboard");

        Assert.Null(before.Document.QuerySelector(".mentor-profile"));
        Assert.Equal("Video calls", page.Document.QuerySelector(".mentor-profile .mentor-meeting")!.TextContent.Trim());
        Assert.Equal("Trained in Delhi, now an attending in Brooklyn.", page.Document.QuerySelector(".mentor-profile .mentor-bio")!.TextContent.Trim());
        Assert.Contains("Internal Medicine, New York", page.Document.QuerySelector(".mentor-profile")!.TextContent, StringComparison.Ordinal);
    }
}
