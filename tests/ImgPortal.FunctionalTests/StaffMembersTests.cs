using System.Net;
using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Applications;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Mentoring.Requests;
using ImgPortal.Core.Mentoring.Vetting;
using ImgPortal.Core.Profiles;
using ImgPortal.TestSupport;
using ImgPortal.Web.Areas.Staff.Controllers;
using Microsoft.EntityFrameworkCore;
using static ImgPortal.FunctionalTests.ProfileTestData;

namespace ImgPortal.FunctionalTests;

public sealed class StaffMembersTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("specialty=Internal%20Medicine", "a,b")]
    [InlineData("state=NY", "a,c")]
    [InlineData("visa=J1", "a,c")]
    [InlineData("mentor=true", "a,c")]
    [InlineData("mentor=false", "b,d")]
    [InlineData("stage=Exams", "b,d")]
    [InlineData("specialty=Internal%20Medicine&state=NY", "a")]
    [InlineData("", "a,b,c,d")]
    public async Task Index_Filter_ListsExactlyTheMatchingMembers(string filter, string expected)
    {
        var (token, emails) = await SeedFourAsync();
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var page = await HtmlPage.GetAsync(staff, $"/staff/members?q={token}&{filter}");

        var listed = page.Document.QuerySelectorAll("#members a.member-link").Select(a => a.TextContent.Trim()).Order().ToList();
        Assert.Equal(expected.Split(',').Select(k => emails[k]).Order().ToList(), listed);
    }

    [Fact]
    public async Task Index_MoreMembersThanAPage_PagesThroughEachExactlyOnce()
    {
        var token = Token();
        var emails = new List<string>();
        for (var i = 0; i < MembersController.PageSize + 2; i++)
        {
            var email = $"{token}-{i:D2}@test.example";
            await SeedMemberAsync(factory, email, $"School {token}", RoadmapStage.Exams, VisaNeed.None, false, [], []);
            emails.Add(email);
        }

        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var first = await HtmlPage.GetAsync(staff, $"/staff/members?q={token}");
        var second = await HtmlPage.GetAsync(staff, $"/staff/members?q={token}&page=2");

        var one = Listed(first);
        var two = Listed(second);
        Assert.Equal(MembersController.PageSize, one.Count);
        Assert.Equal(2, two.Count);
        Assert.Equal(emails.Order(), one.Concat(two).Order());
        Assert.NotNull(first.Document.QuerySelector("a[rel=next]"));
    }

    [Fact]
    public async Task Export_WithFilters_ReturnsACsvOfExactlyTheMatchingMembers()
    {
        var (token, emails) = await SeedFourAsync();
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var list = await HtmlPage.GetAsync(staff, $"/staff/members?q={token}&state=NY");
        var exportHref = list.Document.QuerySelector("#export-link")!.GetAttribute("href")!;

        var response = await staff.GetAsync(exportHref);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("Email,Stage,", lines[0], StringComparison.Ordinal);
        Assert.Equal(new[] { emails["a"], emails["c"] }.Order(), lines.Skip(1).Select(l => l.Split(',')[0]).Order());
    }

    [Fact]
    public async Task Export_Member_IsRefused()
    {
        var (member, _, _) = await MemberAsync(factory, followRedirects: false);

        var response = await member.GetAsync("/staff/members/export.csv");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("accessdenied", response.Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Show_Staff_SeesTheProfileReadOnly()
    {
        var token = Token();
        var id = await SeedMemberAsync(
            factory, $"{token}@test.example", $"Show School {token}", RoadmapStage.Match, VisaNeed.H1B, true, ["Pathology"], ["TX"]);
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var page = await HtmlPage.GetAsync(staff, $"/staff/members/{id}");
        var missing = await staff.GetAsync($"/staff/members/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal($"{token}@test.example", page.Document.QuerySelector("#member-email")!.TextContent);
        Assert.Contains($"Show School {token}", page.MainText, StringComparison.Ordinal);
        Assert.Contains("Texas", page.MainText, StringComparison.Ordinal);
        Assert.Empty(page.Document.QuerySelectorAll("main form input, main form select, main textarea"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Show_MemberPairedWithAMentor_SaysWhoTheMentorIsInsteadOfWantsAMentor()
    {
        var token = Token();
        var id = await SeedMemberAsync(factory, $"{token}@test.example", "Paired School", RoadmapStage.Match, VisaNeed.None, true, [], []);
        var mentorUser = await factory.CreateUserAsync($"mentor-{token}@test.example");
        await QueryAsync(factory, async db =>
        {
            var mentor = new Mentor
            {
                UserId = mentorUser,
                DisplayName = $"Dr Mentor {token}",
                Specialty = "Pathology",
                Hospital = "Mercy",
                State = "TX",
                HelpAreas = HelpAreas.Interviewing,
                Capacity = 1,
                Status = MentorStatus.Approved,
                AppliedAtUtc = DateTime.UtcNow,
            };
            var request = new MenteeRequest { MemberUserId = id, DisplayName = "Paired member", HelpAreas = HelpAreas.Interviewing, CreatedAtUtc = DateTime.UtcNow };
            db.AddRange(mentor, request);
            await db.SaveChangesAsync();
            var pairing = new Pairing { MentorId = mentor.Id, MenteeRequestId = request.Id, ProposedAtUtc = DateTime.UtcNow };
            pairing.Accept(DateTime.UtcNow);
            db.Pairings.Add(pairing);
            return await db.SaveChangesAsync();
        });
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var page = await HtmlPage.GetAsync(staff, $"/staff/members/{id}");

        var mentorText = page.Document.QuerySelector("#member-mentor")!.TextContent;
        Assert.StartsWith($"Paired with Dr Mentor {token} since ", mentorText, StringComparison.Ordinal);
        Assert.DoesNotContain("Wants a mentor", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_MemberPairedWithAMentor_SaysPairedRatherThanWantsOne()
    {
        var token = Token();
        var id = await SeedMemberAsync(factory, $"{token}@test.example", "Listed Paired School", RoadmapStage.Match, VisaNeed.None, true, [], []);
        var mentorUser = await factory.CreateUserAsync($"mentor-{token}@test.example");
        await QueryAsync(factory, async db =>
        {
            var mentor = new Mentor
            {
                UserId = mentorUser,
                DisplayName = $"Dr Listed {token}",
                Specialty = "Pathology",
                Hospital = "Mercy",
                State = "TX",
                HelpAreas = HelpAreas.Interviewing,
                Capacity = 1,
                Status = MentorStatus.Approved,
                AppliedAtUtc = DateTime.UtcNow,
            };
            var request = new MenteeRequest { MemberUserId = id, DisplayName = "Listed member", HelpAreas = HelpAreas.Interviewing, CreatedAtUtc = DateTime.UtcNow };
            db.AddRange(mentor, request);
            await db.SaveChangesAsync();
            var pairing = new Pairing { MentorId = mentor.Id, MenteeRequestId = request.Id, ProposedAtUtc = DateTime.UtcNow };
            pairing.Accept(DateTime.UtcNow);
            db.Pairings.Add(pairing);
            return await db.SaveChangesAsync();
        });
        var unpaired = await SeedMemberAsync(factory, $"{token}-b@test.example", "Listed Unpaired School", RoadmapStage.Match, VisaNeed.None, true, [], []);
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var page = await HtmlPage.GetAsync(staff, $"/staff/members?q={token}");

        string MentorCell(string userId) => page.Document.QuerySelectorAll("#members tbody tr")
            .Single(r => r.QuerySelector($"a[href='/staff/members/{userId}']") is not null)
            .QuerySelector(".member-mentor")!.TextContent.Trim();
        Assert.Equal("Paired", MentorCell(id));
        Assert.Equal("Wants one", MentorCell(unpaired));
    }

    [Fact]
    public async Task Show_MemberNotYetPaired_StillSaysWhetherTheyWantAMentor()
    {
        var token = Token();
        var id = await SeedMemberAsync(factory, $"{token}@test.example", "Unpaired School", RoadmapStage.Match, VisaNeed.None, true, [], []);
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var page = await HtmlPage.GetAsync(staff, $"/staff/members/{id}");

        Assert.Equal("Yes", page.Document.QuerySelector("#member-mentor")!.TextContent.Trim());
        Assert.Contains("Wants a mentor", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_StateFilter_ListsTheStatesByName()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var page = await HtmlPage.GetAsync(staff, "/staff/members");

        var names = page.Document.QuerySelectorAll("#state option").Skip(1).Select(o => o.TextContent.Trim()).ToList();
        Assert.Equal(UsStates.All.Select(s => s.Name), names);
        Assert.True(names.IndexOf("Alabama") < names.IndexOf("Alaska"));
    }

    [Fact]
    public async Task Show_StatesOfInterest_AreListedByName()
    {
        var token = Token();
        var id = await SeedMemberAsync(factory, $"{token}@test.example", "States School", RoadmapStage.Match, VisaNeed.None, false, [], ["IA", "IN", "AK", "AL"]);
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var page = await HtmlPage.GetAsync(staff, $"/staff/members/{id}");

        Assert.Contains("Alabama, Alaska, Indiana, Iowa", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_Funnel_CountsMembersAtEachStage()
    {
        using var fresh = new PortalFactory();
        await SeedMemberAsync(fresh, "f1@test.example", "F", RoadmapStage.Exams, VisaNeed.None, false, [], []);
        await SeedMemberAsync(fresh, "f2@test.example", "F", RoadmapStage.Exams, VisaNeed.None, false, [], []);
        await SeedMemberAsync(fresh, "f3@test.example", "F", RoadmapStage.Match, VisaNeed.None, false, [], []);
        var staff = await PortalClient.AsRoleAsync(fresh, Roles.Staff);

        var page = await HtmlPage.GetAsync(staff, "/staff/members");

        string Count(RoadmapStage stage) => page.Document.QuerySelector($"#funnel tr[data-stage={stage}] td")!.TextContent.Trim();
        Assert.Equal("2", Count(RoadmapStage.Exams));
        Assert.Equal("1", Count(RoadmapStage.Match));
        Assert.Equal("0", Count(RoadmapStage.Certification));
    }

    [Fact]
    public async Task Index_NoMembers_SaysMembersAppearOnceTheyFillInAProfileAndOffersNoCsvExport()
    {
        using var fresh = new PortalFactory();
        var staff = await PortalClient.AsRoleAsync(fresh, Roles.Staff);

        var page = await HtmlPage.GetAsync(staff, "/staff/members");

        var status = HtmlPage.Fold(page.Document.QuerySelector("#member-count")!.TextContent);
        Assert.Equal("No member has filled in a profile yet. Members appear here once they fill in their profile.", status);
        Assert.Null(page.Document.QuerySelector("#clear-filters-empty"));
        Assert.Null(page.Document.QuerySelector("#export-link"));
    }

    [Fact]
    public async Task Index_FilterMatchingNoMember_SaysSoAndOffersToClearIt()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var page = await HtmlPage.GetAsync(staff, $"/staff/members?q={Token()}");

        Assert.Equal("No member matches these filters.", HtmlPage.Fold(page.Document.QuerySelector("#member-count")!.TextContent));
        Assert.Equal("/staff/members", page.Document.QuerySelector("#clear-filters-empty")!.GetAttribute("href"));
        Assert.DoesNotContain("0 members match", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_EmptyList_OffersNoCsvExportButAMatchingListDoes()
    {
        var (token, _) = await SeedFourAsync();
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var empty = await HtmlPage.GetAsync(staff, $"/staff/members?q={Token()}");
        var matching = await HtmlPage.GetAsync(staff, $"/staff/members?q={token}");

        Assert.Equal("No member matches these filters.", HtmlPage.Fold(empty.Document.QuerySelector("#member-count")!.TextContent));
        Assert.Null(empty.Document.QuerySelector("#export-link"));
        Assert.DoesNotContain("CSV", empty.MainText, StringComparison.Ordinal);
        Assert.Equal("Export these members as CSV", HtmlPage.Fold(matching.Document.QuerySelector("#export-link")!.TextContent));
    }

    [Theory]
    [InlineData(1, "1 month")]
    [InlineData(2, "2 months")]
    public async Task Show_ClinicalExperience_CountsMonthsInWords(int months, string expected)
    {
        var token = Token();
        var id = await SeedMemberAsync(factory, $"{token}@test.example", "Months School", RoadmapStage.Match, VisaNeed.None, false, [], []);
        await QueryAsync(factory, async db =>
        {
            var profile = await db.ImgProfiles.SingleAsync(p => p.UserId == id);
            profile.ClinicalExperienceMonths = months;
            return await db.SaveChangesAsync();
        });
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var page = await HtmlPage.GetAsync(staff, $"/staff/members/{id}");

        var term = page.Document.QuerySelectorAll("dt").Single(dt => dt.TextContent.Trim() == "US clinical experience");
        Assert.Equal(expected, term.NextElementSibling!.TextContent.Trim());
        Assert.DoesNotContain("month(s)", page.MainText, StringComparison.Ordinal);
    }

    private static string Token() => "t" + Guid.NewGuid().ToString("N")[..12];

    private static List<string> Listed(HtmlPage page) =>
        page.Document.QuerySelectorAll("#members a.member-link").Select(a => a.TextContent.Trim()).ToList();

    /// <summary>Four members whose school names share a fresh token, so a search for it isolates them.</summary>
    private async Task<(string Token, Dictionary<string, string> Emails)> SeedFourAsync()
    {
        var token = Token();
        var emails = new Dictionary<string, string>();
        async Task Seed(string key, RoadmapStage stage, VisaNeed visa, bool mentor, string specialty, string state)
        {
            emails[key] = $"{key}-{token}@test.example";
            await SeedMemberAsync(factory, emails[key], $"School {token}", stage, visa, mentor, [specialty], [state]);
        }

        await Seed("a", RoadmapStage.Application, VisaNeed.J1, true, "Internal Medicine", "NY");
        await Seed("b", RoadmapStage.Exams, VisaNeed.H1B, false, "Internal Medicine", "CA");
        await Seed("c", RoadmapStage.Match, VisaNeed.J1, true, "Pediatrics", "NY");
        await Seed("d", RoadmapStage.Exams, VisaNeed.None, false, "Psychiatry", "TX");
        return (token, emails);
    }
}
