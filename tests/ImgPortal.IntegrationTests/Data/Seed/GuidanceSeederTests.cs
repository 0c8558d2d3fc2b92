using ImgPortal.Core.Alerts;
using ImgPortal.Core.Common;
using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;
using ImgPortal.Infrastructure.Data;
using ImgPortal.Infrastructure.Data.Seed;
using ImgPortal.IntegrationTests.Content.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ImgPortal.IntegrationTests.Data.Seed;

/// <summary>
/// A corrected starter guidance reaching an existing database (ADR 0088): seed v1, then seed v2, on real SQLite.
/// Untouched pages take v2 through the publish step (revision, change log); pages staff changed are kept.
/// </summary>
public sealed class GuidanceSeederTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 14, 9, 0, 0, TimeSpan.Zero);

    private const string Correction = "A fact corrected in the seed, checked December 14, 2026.";

    private readonly FakeTimeProvider _clock = new(Start);
    private readonly Mock<ICurrentUser> _user = new();

    public GuidanceSeederTests()
    {
        _user.SetupGet(u => u.UserId).Returns("staff-1");
        _user.SetupGet(u => u.Name).Returns("editor@test.example");
        _user.Setup(u => u.IsInRole(Roles.Staff)).Returns(true);
        _user.SetupGet(u => u.IsStaff).Returns(true);
    }

    /// <summary>Seed v2: v1 with one visas section and the get-involved summary corrected.</summary>
    private static IReadOnlyList<GuidancePage> SeedV2()
    {
        var pages = ContentSeed.Pages();
        var visas = pages.Single(p => p.Slug == "visas");
        visas.Sections.Single(s => s.Heading == VisasGuide.H1bHeading).BodyMarkdown += "\n\n" + Correction;
        pages.Single(p => p.Slug == "get-involved").Summary += " Corrected.";
        return pages;
    }

    [Fact]
    public async Task SeedAsync_CorrectedSeedOnUntouchedPages_PublishesItWithARevisionAndAChangeLogEntry()
    {
        await using var database = await CreateAsync();

        var result = await SeedAsync(database, SeedV2());

        Assert.Equal(["visas", "get-involved"], result.Updated);
        Assert.Empty(result.Kept);
        await database.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var visas = await db.GuidancePages.Include(p => p.Sections).AsNoTracking().SingleAsync(p => p.Slug == "visas");
            var h1b = visas.Sections.Single(s => s.Heading == VisasGuide.H1bHeading);
            Assert.EndsWith(Correction, h1b.BodyMarkdown, StringComparison.Ordinal);
            Assert.Contains(Correction, h1b.BodyHtml, StringComparison.Ordinal);
            Assert.Equal(GuidanceSeeder.HashOf(SeedV2().Single(p => p.Slug == "visas")), visas.SeededTextHash);
            Assert.Equal(Start.UtcDateTime, visas.UpdatedAtUtc);

            var revisions = await db.PageRevisions.AsNoTracking().Where(r => r.GuidancePageId == visas.Id).OrderBy(r => r.Number).ToListAsync();
            Assert.Equal([PageRevision.OriginalTextPublisher, PageRevision.SeedPublisher], revisions.Select(r => r.PublishedByName));
            Assert.Equal(GuidanceSeeder.RevisionNote, revisions[1].ChangeNote);

            var entry = Assert.Single(await db.ChangeLogEntries.AsNoTracking().ToListAsync());
            Assert.Equal((ChangeTopics.Visas.Key, "/visas", Start.UtcDateTime), (entry.Topic, entry.Link, entry.PublishedAtUtc));
            Assert.Contains(VisasGuide.H1bHeading, entry.Summary, StringComparison.Ordinal);
            return 0;
        });
    }

    [Fact]
    public async Task SeedAsync_PageStaffPublished_KeepsStaffsText()
    {
        await using var database = await CreateAsync();
        var id = await PageIdAsync(database, "get-involved");
        await database.WithAsync(async sp =>
        {
            var drafts = sp.GetRequiredService<IPageDrafts>();
            var editor = (await drafts.GetEditorAsync(id))!;
            var draft = (await drafts.SaveDraftAsync(id, editor.Content with { Title = "Staff's own title" }, editor.VersionToken)).Value!;
            return (await sp.GetRequiredService<IPagePublishing>().PublishAsync(id, draft.VersionToken, "Staff edit")).Succeeded;
        });

        var result = await SeedAsync(database, SeedV2());

        Assert.Equal(["visas"], result.Updated);
        Assert.Equal(["get-involved"], result.Kept);
        var page = await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().GuidancePages.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal("Staff's own title", page.Title);
        Assert.DoesNotContain("Corrected.", page.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeedAsync_PageWithAStaffDraft_KeepsItUntilTheDraftIsGone()
    {
        await using var database = await CreateAsync();
        var id = await PageIdAsync(database, "visas");
        await database.WithAsync(async sp =>
        {
            var drafts = sp.GetRequiredService<IPageDrafts>();
            var editor = (await drafts.GetEditorAsync(id))!;
            return (await drafts.SaveDraftAsync(id, editor.Content with { Title = "Draft title" }, editor.VersionToken)).Succeeded;
        });

        var result = await SeedAsync(database, SeedV2());

        Assert.Equal(["get-involved"], result.Updated);
        Assert.Equal(["visas"], result.Kept);
    }

    [Fact]
    public async Task SeedAsync_RunTwice_ChangesNothingTheSecondTime()
    {
        await using var database = await CreateAsync();
        await SeedAsync(database, SeedV2());
        var before = await CountsAsync(database);

        _clock.Advance(TimeSpan.FromDays(1));
        var again = await SeedAsync(database, SeedV2());

        Assert.Empty(again.Updated);
        Assert.Empty(again.Kept);
        Assert.Equal(before, await CountsAsync(database));
    }

    [Fact]
    public async Task SeedAsync_SameSeedAsTheDatabase_ChangesNothing()
    {
        await using var database = await CreateAsync();
        var before = await CountsAsync(database);

        var result = await SeedAsync(database, ContentSeed.Pages());

        Assert.Empty(result.Updated);
        Assert.Empty(result.Kept);
        Assert.Equal(before, await CountsAsync(database));
    }

    [Fact]
    public async Task SeedAsync_DatabaseSeededBeforeTheHashColumn_UpdatesOnlyPagesNobodyPublished()
    {
        await using var database = await CreateAsync();
        var involved = await PageIdAsync(database, "get-involved");
        await database.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            await db.GuidancePages.ExecuteUpdateAsync(s => s.SetProperty(p => p.SeededTextHash, (string?)null));

            // get-involved was published through the portal once, with the seed's own text.
            db.PageRevisions.Add(new PageRevision { GuidancePageId = involved, Number = 1, Title = "t", Summary = "s", PublishedByUserId = "staff-1", PublishedByName = "editor" });
            return await db.SaveChangesAsync();
        });

        var result = await SeedAsync(database, SeedV2());

        Assert.Equal(["visas"], result.Updated);
        Assert.Equal(["get-involved"], result.Kept);
    }

    [Fact]
    public async Task SeedAsync_DatabaseWithTheVisasPageOfDecemberSixth_PublishesTheFactsCheckedOnDecemberSeventh()
    {
        await using var database = await CreateAsync();
        var old = GuidanceSeedFile.Parse("visas-2026-12-06.md", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "Fixtures", "visas-2026-12-06.md")));
        await database.WithAsync(async sp =>
        {
            // The visas page as a database seeded on December 6, 2026 holds it, never changed by staff.
            var db = sp.GetRequiredService<AppDbContext>();
            var visas = await db.GuidancePages.Include(p => p.Sections).SingleAsync(p => p.Slug == VisasGuide.Slug);
            visas.Source = old.Source;
            visas.BodyMarkdown = old.BodyMarkdown;
            visas.LastReviewedOn = old.LastReviewedOn;
            db.PageSections.RemoveRange(visas.Sections);
            visas.Sections.Clear();
            visas.Sections.AddRange(old.Sections);
            visas.SeededTextHash = GuidanceSeeder.HashOf(old);
            return await db.SaveChangesAsync();
        });

        var result = await SeedAsync(database, ContentSeed.Pages());

        Assert.Equal([VisasGuide.Slug], result.Updated);
        await database.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var visas = await db.GuidancePages.Include(p => p.Sections).AsNoTracking().SingleAsync(p => p.Slug == VisasGuide.Slug);
            Assert.Equal(new DateOnly(2026, 12, 7), visas.LastReviewedOn);
            Assert.EndsWith("checked December 7, 2026", visas.Source, StringComparison.Ordinal);
            Assert.Contains("for 19 of those 20 the bar includes J visas", visas.BodyHtml, StringComparison.Ordinal);
            var waivers = visas.Sections.Single(s => s.Heading == "Waivers after training");
            Assert.Contains("start work within 90 days of the waiver's approval", waivers.BodyMarkdown, StringComparison.Ordinal);
            Assert.DoesNotContain("as of December 6, 2026", string.Concat(visas.Sections.Select(s => s.BodyHtml)), StringComparison.Ordinal);
            var entry = Assert.Single(await db.ChangeLogEntries.AsNoTracking().ToListAsync());
            Assert.Equal((ChangeTopics.Visas.Key, "/visas"), (entry.Topic, entry.Link));
            return 0;
        });
    }

    private Task<TestDatabase> CreateAsync() =>
        TestDatabase.CreateAsync(configure: services =>
        {
            services.AddSingleton<TimeProvider>(_clock);
            services.AddScoped(_ => _user.Object);
            services.AddSingleton<IReservedAddresses>(new FixedReservedAddresses("search", "staff"));
        });

    private static Task<GuidanceSeeder.Result> SeedAsync(TestDatabase database, IReadOnlyList<GuidancePage> seed) =>
        database.WithAsync(sp => sp.GetRequiredService<GuidanceSeeder>().SeedAsync(seed));

    private static Task<int> PageIdAsync(TestDatabase database, string slug) =>
        database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().GuidancePages.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync());

    private static Task<(int Revisions, int Entries, int Sections, DateTime LastUpdate)> CountsAsync(TestDatabase database) =>
        database.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            return (await db.PageRevisions.CountAsync(), await db.ChangeLogEntries.CountAsync(), await db.PageSections.CountAsync(),
                await db.GuidancePages.MaxAsync(p => p.UpdatedAtUtc));
        });
}
