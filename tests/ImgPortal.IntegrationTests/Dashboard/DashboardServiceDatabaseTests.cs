using ImgPortal.Core.Dashboard;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Profiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static ImgPortal.IntegrationTests.Mentoring.MentoringDatabase;

namespace ImgPortal.IntegrationTests.Dashboard;

public sealed class DashboardServiceDatabaseTests
{
    [Fact]
    public async Task GetAsync_ProfilesRequestsAndPairings_AreCountedByStageAndByMonth()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        await using var database = await TestDatabase.CreateAsync();
        var exams = await CreateUserAsync(database, "exams@dash.example");
        var match = await CreateUserAsync(database, "match@dash.example");
        var alsoMatch = await CreateUserAsync(database, "match2@dash.example");
        await AddAsync(database, new ImgProfile { UserId = exams, Stage = RoadmapStage.Exams });
        await AddAsync(database, new ImgProfile { UserId = match, Stage = RoadmapStage.Match });
        await AddAsync(database, new ImgProfile { UserId = alsoMatch, Stage = RoadmapStage.Match });
        var mentor = await AddAsync(database, Mentor(await CreateUserAsync(database, "mentor@dash.example"), "Dr Dash", capacity: 3));
        var thisMonth = await AddAsync(database, Request(exams, "A"));
        var lastMonth = Request(match, "B");
        lastMonth.CreatedAtUtc = new DateTime(2026, 10, 5, 0, 0, 0, DateTimeKind.Utc);
        await AddAsync(database, lastMonth);
        var tooOld = Request(alsoMatch, "C");
        tooOld.CreatedAtUtc = new DateTime(2025, 11, 30, 0, 0, 0, DateTimeKind.Utc);
        await AddAsync(database, tooOld);
        await AddAsync(database, new Pairing { MenteeRequestId = thisMonth.Id, MentorId = mentor.Id, ProposedAtUtc = new DateTime(2026, 11, 2, 0, 0, 0, DateTimeKind.Utc) });

        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Common.IAppDbContext>();
        var data = await new DashboardService(db, clock, new StaffToDoService(db, clock, Options.Create(new MentoringOptions()))).GetAsync();

        Assert.Equal(1, data.MembersByStage.Single(v => v.Label == nameof(RoadmapStage.Exams)).Value);
        Assert.Equal(2, data.MembersByStage.Single(v => v.Label == nameof(RoadmapStage.Match)).Value);
        Assert.Equal(0, data.MembersByStage.Single(v => v.Label == nameof(RoadmapStage.Residency)).Value);
        Assert.Equal(DashboardService.MonthsShown, data.RequestsByMonth.Count);
        Assert.Equal("Dec 2025", data.RequestsByMonth[0].Label);
        Assert.Equal(("Nov 2026", 1), (data.RequestsByMonth[^1].Label, data.RequestsByMonth[^1].Value));
        Assert.Equal(("Oct 2026", 1), (data.RequestsByMonth[^2].Label, data.RequestsByMonth[^2].Value));
        Assert.Equal(2, data.RequestsByMonth.Sum(v => v.Value));
        Assert.Equal(1, data.PairingsByMonth[^1].Value);
    }
}
