using System.Net;
using ImgPortal.Core.Profiles;
using ImgPortal.Core.Programs;
using ImgPortal.Infrastructure.Data;
using ImgPortal.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.FunctionalTests.Programs;

/// <summary>The program finder's filters, paging and shareable URLs; a program's page; a member's shortlist and its CSV.</summary>
public sealed class ProgramFinderTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Source = "https://program.example.org/policy | Test program: policies | 2026-12-01";

    [Fact]
    public async Task Get_FilteredBySpecialtyAreaAndVisa_ListsOnlyProgramsStatingThemAndKeepsTheFiltersInTheForm()
    {
        var specialty = Specialty();
        await AddAsync(Program(specialty, "Alpha J1 Brooklyn", j1: J1Policy.Accepts));
        await AddAsync(Program(specialty, "Beta no J1 Brooklyn", j1: J1Policy.DoesNot));
        await AddAsync(Program(specialty, "Gamma unknown Brooklyn"));
        await AddAsync(Program(specialty, "Delta J1 Queens", j1: J1Policy.Accepts, area: "Queens"));
        var client = PortalClient.Anonymous(factory);

        var page = await HtmlPage.GetAsync(client, $"/programs?specialty={Uri.EscapeDataString(specialty)}&region=Brooklyn&j1=true");

        Assert.Equal(["Alpha J1 Brooklyn"], Names(page));
        Assert.Equal(specialty, page.Document.QuerySelector("#specialty option[selected]")?.GetAttribute("value"));
        Assert.Equal("Brooklyn", page.Document.QuerySelector("#region option[selected]")?.GetAttribute("value"));
        Assert.NotNull(page.Document.QuerySelector("#j1[checked]"));
        Assert.Null(page.Document.QuerySelector("#h1b[checked]"));
        Assert.Equal("get", page.Form("form.program-filters").Method);
    }

    [Fact]
    public async Task Get_FilteredByH1bYearsClinicalAndConfirmed_AppliesEachStatedPolicyAndLeavesUnknownsOut()
    {
        var specialty = Specialty();
        await AddAsync(Program(specialty, "Fits all", h1b: H1bPolicy.Sponsors, years: (LimitPolicy.Limit, 5), clinical: ClinicalExperiencePolicy.NotRequired, confirmed: true));
        await AddAsync(Program(specialty, "No limit preferred", h1b: H1bPolicy.Sponsors, years: (LimitPolicy.NoLimit, null), clinical: ClinicalExperiencePolicy.Preferred, confirmed: true));
        await AddAsync(Program(specialty, "Limit too short", h1b: H1bPolicy.Sponsors, years: (LimitPolicy.Limit, 3), clinical: ClinicalExperiencePolicy.NotRequired, confirmed: true));
        await AddAsync(Program(specialty, "Years unknown", h1b: H1bPolicy.Sponsors, clinical: ClinicalExperiencePolicy.NotRequired, confirmed: true));
        await AddAsync(Program(specialty, "Clinical required", h1b: H1bPolicy.Sponsors, years: (LimitPolicy.NoLimit, null), clinical: ClinicalExperiencePolicy.Required, confirmed: true));
        await AddAsync(Program(specialty, "Not confirmed", h1b: H1bPolicy.Sponsors, years: (LimitPolicy.NoLimit, null), clinical: ClinicalExperiencePolicy.NotRequired));
        await AddAsync(Program(specialty, "H1b unknown", years: (LimitPolicy.NoLimit, null), clinical: ClinicalExperiencePolicy.NotRequired, confirmed: true));
        var client = PortalClient.Anonymous(factory);

        var page = await HtmlPage.GetAsync(client, $"/programs?specialty={Uri.EscapeDataString(specialty)}&h1b=true&years=4&noclinical=true&confirmed=true");

        Assert.Equal(["Fits all", "No limit preferred"], Names(page));
        Assert.Contains("2 programs match your filters", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_SortedByLastConfirmed_ListsNewestConfirmationFirstAndNeverConfirmedLast()
    {
        var specialty = Specialty();
        await AddAsync(Program(specialty, "A never"));
        await AddAsync(Program(specialty, "B older", confirmedOn: new DateOnly(2026, 1, 5)));
        await AddAsync(Program(specialty, "C newer", confirmedOn: new DateOnly(2026, 11, 5)));
        var client = PortalClient.Anonymous(factory);

        var byName = await HtmlPage.GetAsync(client, $"/programs?specialty={Uri.EscapeDataString(specialty)}");
        var byConfirmed = await HtmlPage.GetAsync(client, $"/programs?specialty={Uri.EscapeDataString(specialty)}&sort=confirmed");

        Assert.Equal(["A never", "B older", "C newer"], Names(byName));
        Assert.Equal(["C newer", "B older", "A never"], Names(byConfirmed));
    }

    [Fact]
    public async Task Get_MoreThanAPage_PagesServerSideAndShowsTheSharedPager()
    {
        var specialty = Specialty();
        for (var i = 0; i < ProgramService.PageSize + 3; i++)
        {
            await AddAsync(Program(specialty, $"Paged {i:00}", j1: J1Policy.Accepts));
        }

        var client = PortalClient.Anonymous(factory);

        var first = await HtmlPage.GetAsync(client, $"/programs?specialty={Uri.EscapeDataString(specialty)}&j1=true");
        var second = await HtmlPage.GetAsync(client, $"/programs?specialty={Uri.EscapeDataString(specialty)}&j1=true&page=2");

        Assert.Equal(ProgramService.PageSize, Names(first).Count);
        Assert.NotNull(first.Document.QuerySelector("nav[aria-label='Pages of results'] a[rel=next]"));
        Assert.Equal(["Paged 20", "Paged 21", "Paged 22"], Names(second));
    }

    [Fact]
    public async Task Get_NoProgramMatches_SaysWhatToDoNext()
    {
        var client = PortalClient.Anonymous(factory);

        var page = await HtmlPage.GetAsync(client, $"/programs?specialty={Uri.EscapeDataString(Specialty())}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var empty = page.Document.GetElementById("no-programs");
        Assert.NotNull(empty);
        Assert.Contains("Try removing a filter", empty.TextContent, StringComparison.Ordinal);
        Assert.NotNull(empty.QuerySelector("a[href='/programs']"));
        Assert.NotNull(page.Document.QuerySelector("main a[href^='https://freida.ama-assn.org']"));
        Assert.NotNull(page.Document.QuerySelector("main a[href^='https://www.nrmp.org']"));
    }

    [Fact]
    public async Task Get_ProgramPage_ShowsEachPolicyWithItsSourceOrUnknownWithWhatToAskAndAReportLink()
    {
        var specialty = Specialty();
        var program = await AddAsync(Program(specialty, "Policy page program", j1: J1Policy.Accepts, years: (LimitPolicy.Limit, 5)));
        var client = PortalClient.Anonymous(factory);
        var list = await HtmlPage.GetAsync(client, $"/programs?specialty={Uri.EscapeDataString(specialty)}&j1=true");
        var link = list.Document.QuerySelector("#programs h2 a")!.GetAttribute("href")!;

        var page = await HtmlPage.GetAsync(client, link);

        Assert.Equal("Policy page program", page.Heading);
        var policies = page.Document.QuerySelectorAll("#policies li.program-policy").Select(li => HtmlPage.Fold(li.TextContent)).ToList();
        Assert.Equal(6, policies.Count);
        Assert.Contains("Accepts J-1 Source: Test program: policies, checked December 1, 2026.", policies[0], StringComparison.Ordinal);
        Assert.Contains("Within 5 years of graduation", policies[2], StringComparison.Ordinal);
        Assert.Contains("Unknown. No source we checked states this policy.", policies[1], StringComparison.Ordinal);
        Assert.Contains("Ask the program:", policies[1], StringComparison.Ordinal);
        var report = page.Document.GetElementById("report-out-of-date")!.GetAttribute("href")!;
        Assert.StartsWith("mailto:contact@imgportal.local?", report, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString("Policy page program"), report, StringComparison.Ordinal);
        var back = page.Document.GetElementById("back-to-list")!.GetAttribute("href")!;
        Assert.Equal($"/programs?specialty={Uri.EscapeDataString(specialty)}&j1=true", back);
        Assert.Null(page.Document.QuerySelector("main form"));
        Assert.Equal(program.Key, link.Split('?')[0].Split('/')[^1]);
    }

    [Fact]
    public async Task Get_UnknownProgram_IsNotFound()
    {
        var client = PortalClient.Anonymous(factory);

        var response = await client.GetAsync("/programs/no-such-program");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_ProgramPage_ForAMemberWithAProfile_MarksWhyItDoesNotFitAndWhatIsUnknown()
    {
        var specialty = Specialty();
        var program = await AddAsync(Program(specialty, "Fit page program", h1b: H1bPolicy.DoesNot, years: (LimitPolicy.Limit, 10)));
        var (client, userId, _) = await ProfileTestData.MemberAsync(factory);
        await AddProfileAsync(userId, VisaNeed.H1B, graduationYear: DateTime.UtcNow.Year - 4);

        var page = await HtmlPage.GetAsync(client, $"/programs/{program.Key}");

        var fit = HtmlPage.Fold(page.Document.QuerySelector(".program-fit")!.TextContent);
        Assert.Contains("Does not fit", fit, StringComparison.Ordinal);
        Assert.Contains("Why not: Does not sponsor H-1B, the visa you need.", fit, StringComparison.Ordinal);
        Assert.Contains("Unknown: Ask whether the program requires US clinical experience", fit, StringComparison.Ordinal);
        Assert.DoesNotContain("Why not: You graduated", fit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shortlist_SaveThenRemove_ShowsOnlyTheMembersOwnProgramsAsPageAndCsv()
    {
        var specialty = Specialty();
        var program = await AddAsync(Program(specialty, "Shortlisted, \"quoted\" program", j1: J1Policy.Accepts));
        var (owner, _, _) = await ProfileTestData.MemberAsync(factory);
        var (other, _, _) = await ProfileTestData.MemberAsync(factory);
        var page = await HtmlPage.GetAsync(owner, $"/programs/{program.Key}");

        var saved = await page.SubmitAsync(owner, new Dictionary<string, string>(), $"form[action='/programs/{program.Key}/shortlist']");
        var shortlist = await HtmlPage.GetAsync(owner, "/programs/shortlist");
        var csv = await owner.GetStringAsync("/programs/shortlist.csv");
        var othersList = await HtmlPage.GetAsync(other, "/programs/shortlist");
        var othersCsv = await other.GetStringAsync("/programs/shortlist.csv");

        Assert.Contains("Saved Shortlisted, \"quoted\" program to your shortlist.", saved.MainText, StringComparison.Ordinal);
        Assert.Equal(["Shortlisted, \"quoted\" program"], shortlist.Document.QuerySelectorAll("#shortlist h2").Select(h => h.TextContent.Trim()).ToArray());
        Assert.StartsWith("Program,Specialty,", csv, StringComparison.Ordinal);
        Assert.Contains("\"Shortlisted, \"\"quoted\"\" program\",", csv, StringComparison.Ordinal);
        Assert.Contains("Accepts J-1", csv, StringComparison.Ordinal);
        Assert.NotNull(othersList.Document.GetElementById("empty-shortlist"));
        Assert.DoesNotContain("quoted", othersCsv, StringComparison.Ordinal);

        var removed = await shortlist.SubmitAsync(owner, new Dictionary<string, string>(), $"form[action='/programs/{program.Key}/shortlist/remove']");

        Assert.Contains("Removed Shortlisted", removed.MainText, StringComparison.Ordinal);
        Assert.NotNull(removed.Document.GetElementById("empty-shortlist"));
    }

    [Fact]
    public async Task Shortlist_RemovingAnotherMembersProgram_LeavesTheirShortlistAsItWas()
    {
        var program = await AddAsync(Program(Specialty(), "Kept by its owner"));
        var (owner, ownerId, _) = await ProfileTestData.MemberAsync(factory);
        var (other, _, _) = await ProfileTestData.MemberAsync(factory);
        var page = await HtmlPage.GetAsync(owner, $"/programs/{program.Key}");
        await page.SubmitAsync(owner, new Dictionary<string, string>(), $"form[action='/programs/{program.Key}/shortlist']");
        var othersPage = await HtmlPage.GetAsync(other, $"/programs/{program.Key}");

        await othersPage.SubmitAsync(other, new Dictionary<string, string>(), $"form[action='/programs/{program.Key}/shortlist']");
        var afterOtherSaved = await HtmlPage.GetAsync(other, "/programs/shortlist");
        await afterOtherSaved.SubmitAsync(other, new Dictionary<string, string>(), $"form[action='/programs/{program.Key}/shortlist/remove']");

        var ownerRows = await ProfileTestData.QueryAsync(factory, db => db.ShortlistedPrograms.CountAsync(s => s.UserId == ownerId && s.ProgramId == program.Id));
        Assert.Equal(1, ownerRows);
        var ownerList = await HtmlPage.GetAsync(owner, "/programs/shortlist");
        Assert.Single(ownerList.Document.QuerySelectorAll("#shortlist h2"));
    }

    [Fact]
    public async Task Get_Roadmap_ApplyStepLinksToTheShortlist()
    {
        var (client, _, _) = await ProfileTestData.MemberAsync(factory);

        var page = await HtmlPage.GetAsync(client, "/roadmap");

        Assert.Equal("/programs/shortlist", page.Document.QuerySelector($"#step-{RoadmapRules.Keys.Eras} #apply-shortlist")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_ProgramInABoroughNamedLikeItsCity_NamesThePlaceOnce()
    {
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/programs/jacobi-im");

        var lead = HtmlPage.Fold(page.Document.QuerySelector("main p.lead")!.TextContent);
        Assert.EndsWith("· Bronx", lead, StringComparison.Ordinal);
        Assert.DoesNotContain("Bronx (Bronx)", lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_FinderAndSitemap_AreLinkedFromTheNavigationAndListed()
    {
        var client = PortalClient.Anonymous(factory);

        var home = await HtmlPage.GetAsync(client, "/");
        var sitemap = await client.GetStringAsync("/sitemap.xml");

        Assert.NotNull(home.Document.QuerySelector("nav[aria-label=Main] a[href='/programs']"));
        Assert.Contains("/programs</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("/programs/jacobi-im</loc>", sitemap, StringComparison.Ordinal);
    }

    private static string Specialty() => "Testology " + Guid.NewGuid().ToString("N")[..8];

    private static List<string> Names(HtmlPage page) =>
        page.Document.QuerySelectorAll("#programs h2").Select(h => h.TextContent.Trim()).ToList();

    private static ResidencyProgram Program(
        string specialty,
        string name,
        J1Policy j1 = J1Policy.Unknown,
        H1bPolicy h1b = H1bPolicy.Unknown,
        (LimitPolicy Policy, int? Years)? years = null,
        ClinicalExperiencePolicy clinical = ClinicalExperiencePolicy.Unknown,
        bool confirmed = false,
        DateOnly? confirmedOn = null,
        string area = "Brooklyn")
    {
        var checkedOn = new DateOnly(2026, 12, 1);
        var program = new ResidencyProgram
        {
            Key = "test-" + Guid.NewGuid().ToString("N")[..12],
            Name = name,
            Specialty = specialty,
            SponsoringInstitution = "Test Hospital",
            Area = area,
            City = area,
            Website = "https://program.example.org/",
            ExistenceSource = Source,
            J1 = j1,
            H1b = h1b,
            YearsSinceGraduation = years?.Policy ?? LimitPolicy.Unknown,
            YearsSinceGraduationLimit = years?.Years,
            ClinicalExperience = clinical,
            LastConfirmedByProgram = confirmedOn ?? (confirmed ? checkedOn : null),
        };
        foreach (var policy in ProgramPolicy.All.Where(p => p.IsStated(program)))
        {
            typeof(ResidencyProgram).GetProperty(policy.SourceName)!.SetValue(program, Source);
            typeof(ResidencyProgram).GetProperty(policy.CheckedOnName)!.SetValue(program, (DateOnly?)checkedOn);
        }

        return program;
    }

    private async Task<ResidencyProgram> AddAsync(ResidencyProgram program)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Programs.Add(program);
        await db.SaveChangesAsync();
        return program;
    }

    private async Task AddProfileAsync(string userId, VisaNeed visa, int graduationYear)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.ImgProfiles.Add(new ImgProfile { UserId = userId, VisaNeed = visa, GraduationYear = graduationYear, UpdatedAtUtc = DateTime.UtcNow });
        await db.SaveChangesAsync();
    }
}
