using ImgPortal.Core.Profiles;
using ImgPortal.Infrastructure.Data;
using ImgPortal.Infrastructure.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.IntegrationTests.Profiles;

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
        Assert.All(dates, d => Assert.Contains("confirm with ERAS/NRMP", d.Notes, StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2027, 7, 1), dates.Single(d => d.Kind == SeasonDateKind.Start).Date);
    }
}
