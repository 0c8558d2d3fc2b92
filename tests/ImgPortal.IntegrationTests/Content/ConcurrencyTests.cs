using ImgPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.IntegrationTests.Content;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task SaveChanges_TwoEditorsOfOnePage_SecondSaveIsRefused()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var first = database.Scope();
        await using var second = database.Scope();
        var firstDb = first.ServiceProvider.GetRequiredService<AppDbContext>();
        var secondDb = second.ServiceProvider.GetRequiredService<AppDbContext>();
        var firstCopy = await firstDb.GuidancePages.SingleAsync(p => p.Slug == "echo");
        var secondCopy = await secondDb.GuidancePages.SingleAsync(p => p.Slug == "echo");

        firstCopy.Title = "First editor's title";
        await firstDb.SaveChangesAsync();
        secondCopy.Title = "Second editor's title";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => secondDb.SaveChangesAsync());
        await using var check = database.Scope();
        var saved = await check.ServiceProvider.GetRequiredService<AppDbContext>()
            .GuidancePages.AsNoTracking().SingleAsync(p => p.Slug == "echo");
        Assert.Equal("First editor's title", saved.Title);
    }

    [Fact]
    public async Task SaveChanges_ModifiedPage_GetsANewVersion()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var page = await db.GuidancePages.SingleAsync(p => p.Slug == "echo");
        var before = page.Version;

        page.Summary = "A new summary";
        await db.SaveChangesAsync();

        Assert.NotEqual(before, page.Version);
    }
}
