using ImgPortal.Core.Common;
using ImgPortal.Infrastructure.Accounts;
using ImgPortal.Infrastructure.Data;
using ImgPortal.Infrastructure.Data.Seed;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.IntegrationTests.Data.Seed;

public sealed class DatabaseInitializerTests
{
    [Fact]
    public async Task InitializeAsync_FreshDatabase_SeedsRolesAdminAndContent()
    {
        await using var database = await TestDatabase.CreateAsync();

        await using var scope = database.Scope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        var roles = await db.Roles.Select(r => r.Name).ToListAsync();
        Assert.Equal(Roles.All.Order(), roles.Order()!);

        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var admin = await users.FindByEmailAsync(TestDatabase.AdminEmail);
        Assert.NotNull(admin);
        Assert.True(admin.EmailConfirmed);
        Assert.True(await users.IsInRoleAsync(admin, Roles.Admin));
        Assert.True(await users.IsInRoleAsync(admin, Roles.Staff));
        Assert.True(await users.CheckPasswordAsync(admin, TestDatabase.AdminPassword));

        Assert.Equal(ContentSeed.Pages().Count, await db.GuidancePages.CountAsync());
        Assert.Equal(StatePathwaySeed.Pathways().Count, await db.StatePathways.CountAsync());
        Assert.Equal(ContentSeed.Organizations().Count, await db.Organizations.CountAsync());
        Assert.Equal(ContentSeed.ContactPoints().Count, await db.ContactPoints.CountAsync());
        var waiver = await db.WaiverProgramYears.SingleAsync();
        Assert.Equal(30, waiver.TotalWaivers);
        Assert.Equal(10, waiver.SecondCategoryMax);
    }

    [Fact]
    public async Task InitializeAsync_RunTwice_AddsNothingTheSecondTime()
    {
        await using var database = await TestDatabase.CreateAsync();

        await database.InitializeAsync();

        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(ContentSeed.Pages().Count, await db.GuidancePages.CountAsync());
        Assert.Equal(1, await db.Users.CountAsync());
        Assert.Equal(Roles.All.Count, await db.Roles.CountAsync());
    }

    [Fact]
    public async Task InitializeAsync_SeededPages_HaveSanitizedHtmlRenderedFromMarkdown()
    {
        await using var database = await TestDatabase.CreateAsync();

        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var pages = await db.GuidancePages.Include(p => p.Sections).AsNoTracking().ToListAsync();
        Assert.All(pages, page =>
        {
            Assert.False(string.IsNullOrWhiteSpace(page.BodyHtml), $"{page.Slug} has no rendered body");
            Assert.DoesNotContain("<script", page.BodyHtml, StringComparison.OrdinalIgnoreCase);
            Assert.All(page.Sections, s => Assert.False(string.IsNullOrWhiteSpace(s.BodyHtml), $"{page.Slug}/{s.Heading} has no rendered body"));
        });
    }

    [Fact]
    public async Task InitializeAsync_AdminEmailWithoutPassword_CreatesNoAdmin()
    {
        await using var database = await TestDatabase.CreateAsync(settings: new Dictionary<string, string?>
        {
            ["Seed:AdminEmail"] = "nopassword@integration.example",
            ["Seed:AdminPassword"] = string.Empty,
        });

        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(0, await db.Users.CountAsync());
        Assert.True(await db.GuidancePages.AnyAsync());
    }

    [Fact]
    public async Task InitializeAsync_SeedingOff_MigratesButSeedsNothing()
    {
        await using var database = await TestDatabase.CreateAsync(settings: new Dictionary<string, string?>
        {
            ["Database:SeedOnStartup"] = "false",
        });

        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(await db.GuidancePages.AnyAsync());
        Assert.False(await db.Roles.AnyAsync());
    }
}
