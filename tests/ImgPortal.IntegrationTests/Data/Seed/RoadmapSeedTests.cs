using ImgPortal.Core.Profiles;
using ImgPortal.Infrastructure.Data;
using ImgPortal.Infrastructure.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.IntegrationTests.Data.Seed;

public sealed class RoadmapSeedTests
{
    [Fact]
    public async Task InitializeAsync_RunTwice_SeedsTheStepsAndSeasonDatesOnce()
    {
        await using var database = await TestDatabase.CreateAsync();

        await database.InitializeAsync();

        var (steps, dates) = await database.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            return (await db.RoadmapSteps.OrderBy(s => s.SortOrder).Select(s => s.Key).ToListAsync(),
                await db.SeasonDates.OrderBy(d => d.Date).ToListAsync());
        });
        Assert.Equal(RoadmapSeed.Steps().Select(s => s.Key), steps);
        Assert.Equal(RoadmapSeed.SeasonDates().Count(), dates.Count);
        Assert.Equal(new DateOnly(2027, 7, 1), dates.Single(d => d.Kind == SeasonDateKind.Start && d.Cycle == 2027).Date);
    }

    [Fact]
    public void SeasonDates_EverySeededDate_HasASourceACheckedDateAndAnOrganizationAndSaysWhenUnannounced()
    {
        var dates = RoadmapSeed.SeasonDates().ToList();

        Assert.Equal([2027, 2028], dates.Select(d => d.Cycle).Distinct().Order());
        Assert.All(dates, d =>
        {
            Assert.NotEmpty(Core.Content.PathwaySources.Read(d.Sources));
            Assert.Equal(RoadmapSeed.DatesCheckedOn, d.CheckedOn);
            Assert.NotEqual(DateOrganization.Other, d.Organization);
            Assert.False(d.Date is null && d.UsuallyWhen.Length == 0, $"{d.Title} {d.Cycle} is unannounced and says nothing of when it usually is");
        });
        foreach (var milestone in new[] { DateMilestone.PathwaysDeadline, DateMilestone.ErasOpens, DateMilestone.ErasApplicantsSubmit, DateMilestone.ErasProgramsReceive, DateMilestone.NrmpRegistrationOpens, DateMilestone.NrmpEarlyRegistrationDeadline, DateMilestone.RankOrderListDeadline, DateMilestone.MatchWeek, DateMilestone.MatchDay })
        {
            Assert.Contains(dates, d => d.Cycle == 2027 && d.Milestone == milestone);
            Assert.Contains(dates, d => d.Cycle == 2028 && d.Milestone == milestone);
        }
    }
}
