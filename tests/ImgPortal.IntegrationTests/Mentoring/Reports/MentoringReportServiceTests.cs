using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Mentoring.Reports;
using ImgPortal.Core.Mentoring.Requests;
using ImgPortal.Core.Profiles.Outcomes;
using ImgPortal.Infrastructure.Accounts;
using ImgPortal.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static ImgPortal.IntegrationTests.Mentoring.MentoringDatabase;

namespace ImgPortal.IntegrationTests.Mentoring.Reports;

/// <summary>The cohort figures from real rows on SQLite, deleted accounts included.</summary>
public sealed class MentoringReportServiceTests
{
    private static readonly DateTime Asked2025 = new(2025, 9, 1, 8, 0, 0, DateTimeKind.Utc);

    private static MentoringReportService Reports(IServiceProvider services, bool staff = true) =>
        new(services.GetRequiredService<AppDbContext>(), User(staff ? "staff" : "member", staff).Object);

    /// <summary>A 2025 cohort of two: one matched after 4 days (still active, rated 5 and 3, reported a Match), one after 8 days (ended).</summary>
    private static async Task<string> CohortAsync(TestDatabase database)
    {
        var mentorUser = await CreateUserAsync(database, "mentor@report.example");
        var mentor = await AddAsync(database, Mentor(mentorUser, "Dr Report", capacity: 3));
        var staying = await CreateUserAsync(database, "staying@report.example");
        var leaving = await CreateUserAsync(database, "leaving@report.example");

        var first = Request(leaving, "Leaving");
        first.CreatedAtUtc = Asked2025;
        first.MatchedAtUtc = Asked2025.AddDays(4);
        first.Status = RequestStatus.Matched;
        var active = new Pairing { MentorId = mentor.Id, ProposedAtUtc = Asked2025.AddDays(1) };
        active.Accept(Asked2025.AddDays(4));
        active.Feedback.Add(new PairingFeedback { AuthorUserId = leaving, Side = PairingSide.Member, Rating = 5, CreatedAtUtc = Asked2025.AddDays(60) });
        active.Feedback.Add(new PairingFeedback { AuthorUserId = mentorUser, Side = PairingSide.Mentor, Rating = 3, CreatedAtUtc = Asked2025.AddDays(60) });
        first.Pairings.Add(active);
        await AddAsync(database, first);

        var second = Request(staying, "Staying");
        second.CreatedAtUtc = Asked2025.AddMonths(1);
        second.MatchedAtUtc = second.CreatedAtUtc.AddDays(8);
        second.Status = RequestStatus.Closed;
        var ended = new Pairing { MentorId = mentor.Id, ProposedAtUtc = second.CreatedAtUtc.AddDays(2) };
        ended.Accept(second.MatchedAtUtc.Value);
        ended.End(second.MatchedAtUtc.Value.AddDays(90), PairingSide.Member, "Done.");
        second.Pairings.Add(ended);
        await AddAsync(database, second);

        await AddAsync(database, new MemberOutcome
        {
            UserId = leaving,
            Kind = MemberOutcomeKind.MatchedToResidency,
            OccurredOn = new DateOnly(2026, 3, 20),
            Program = "Mercy IM",
            Specialty = "Internal Medicine",
            MatchYear = 2026,
        });
        await AddAsync(database, new MemberOutcome { UserId = "never-asked", Kind = MemberOutcomeKind.Licensed, OccurredOn = new DateOnly(2026, 1, 1), State = "NY" });
        return leaving;
    }

    private static void AssertTheCohort(CohortFigures cohort, int activePairings)
    {
        Assert.Equal(2025, cohort.Year);
        Assert.Equal((2, 2, 2, (double?)6), (cohort.Mentees, cohort.Requests, cohort.Matched, cohort.MedianDaysToMatch));
        Assert.Equal(activePairings, cohort.ActivePairings);
        Assert.Equal((2, (double?)4), (cohort.FeedbackCount, cohort.AverageRating));
        Assert.Equal((1, 0), (cohort.Reporting(MemberOutcomeKind.MatchedToResidency), cohort.Reporting(MemberOutcomeKind.Licensed)));
    }

    [Fact]
    public async Task CohortsAsync_RealRows_CountsMenteesMedianWaitActivePairingsRatingsAndOutcomes()
    {
        await using var database = await TestDatabase.CreateAsync();
        await CohortAsync(database);
        await using var scope = database.Scope();

        var cohorts = await Reports(scope.ServiceProvider).CohortsAsync();

        AssertTheCohort(Assert.Single(cohorts), activePairings: 1);
    }

    [Fact]
    public async Task CohortsAsync_MemberDeletedTheirAccount_StillCountsTheirRequestRatingAndOutcome()
    {
        await using var database = await TestDatabase.CreateAsync();
        var leaving = await CohortAsync(database);
        await using (var deletion = database.Scope())
        {
            var users = deletion.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            Assert.True((await users.DeleteAsync((await users.FindByIdAsync(leaving))!)).Succeeded);
        }

        await using var scope = database.Scope();
        var cohorts = await Reports(scope.ServiceProvider).CohortsAsync();

        // Deleting the account ended the active pairing (ADR 0047); everything else counts as before.
        AssertTheCohort(Assert.Single(cohorts), activePairings: 0);
    }

    [Fact]
    public async Task RowsCsv_RealRows_OneAnonymousLinePerRequest()
    {
        await using var database = await TestDatabase.CreateAsync();
        var leaving = await CohortAsync(database);
        await using var scope = database.Scope();

        var csv = CohortCsv.Rows(await Reports(scope.ServiceProvider).RowsAsync());

        Assert.Equal(
            "Cohort (year asked),Asked on,Days to match,Active pairing,Feedback ratings\r\n2025,2025-09-01,4,yes,3 5\r\n2025,2025-10-01,8,no,\r\n",
            csv);
        Assert.DoesNotContain(leaving, csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CohortsAsync_NotStaff_IsEmpty()
    {
        await using var database = await TestDatabase.CreateAsync();
        await CohortAsync(database);
        await using var scope = database.Scope();

        var cohorts = await Reports(scope.ServiceProvider, staff: false).CohortsAsync();

        Assert.Empty(cohorts);
    }
}
