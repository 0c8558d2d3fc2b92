using ImgPortal.Core.Common;
using ImgPortal.Core.Content;
using ImgPortal.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.IntegrationTests.Content;

public sealed class GuidanceServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await using var scope = _database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var markdown = scope.ServiceProvider.GetRequiredService<IMarkdownRenderer>();
        db.GuidancePages.Add(new GuidancePage
        {
            Slug = "test-checklist",
            Title = "A checklist for zebra crossings",
            Summary = "Summary text",
            Source = "Test source",
            BodyMarkdown = "Body with 100% of the *facts* and snake_case words.",
            BodyHtml = markdown.Render("Body with 100% of the *facts*."),
            SortOrder = 999,
            Sections =
            [
                new PageSection { Heading = "Second", Kind = SectionKind.Step, SortOrder = 2, BodyMarkdown = "Then the quokka step." },
                new PageSection { Heading = "First", Kind = SectionKind.Step, SortOrder = 1, BodyMarkdown = "Do this first." },
            ],
        });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task GetPageAsync_KnownSlug_ReturnsSectionsInOrder()
    {
        var page = await WithService(s => s.GetPageAsync("test-checklist"));

        Assert.NotNull(page);
        Assert.Equal("A checklist for zebra crossings", page.Title);
        Assert.Equal(["First", "Second"], page.Steps.Select(s => s.Heading));
    }

    [Fact]
    public async Task GetPageAsync_SlugInCapitals_FindsThePage()
    {
        var page = await WithService(s => s.GetPageAsync("Test-Checklist"));

        Assert.NotNull(page);
    }

    [Fact]
    public async Task GetPageAsync_UnknownSlug_ReturnsNull()
    {
        var page = await WithService(s => s.GetPageAsync("no-such-page"));

        Assert.Null(page);
    }

    [Theory]
    [InlineData("j1-waiver", PageFeature.WaiverFigures)]
    [InlineData("state-pathways", PageFeature.StatePathways)]
    [InlineData("residency", PageFeature.Organizations)]
    [InlineData("contact", PageFeature.ContactPoints)]
    public async Task GetPageAsync_PageWithFeature_LoadsItsStructuredRecords(string slug, PageFeature feature)
    {
        var page = await WithService(s => s.GetPageAsync(slug));

        Assert.NotNull(page);
        Assert.Equal(feature, page.Feature);
        var count = feature switch
        {
            PageFeature.WaiverFigures => page.WaiverYears.Count,
            PageFeature.StatePathways => page.StatePathways.Count,
            PageFeature.Organizations => page.Organizations.Count,
            _ => page.ContactPoints.Count,
        };
        Assert.True(count > 0);
    }

    [Fact]
    public async Task GetPageAsync_StatePathwaysPage_ListsThePathwaysByStateNameNotPostalCode()
    {
        await using (var scope = _database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.StatePathways.AddRange(
                new StatePathway { State = "IA", Name = "Iowa order test" },
                new StatePathway { State = "IN", Name = "Indiana order test" });
            await db.SaveChangesAsync();
        }

        var page = await WithService(s => s.GetPageAsync("state-pathways"));

        var states = page!.StatePathways.Select(p => p.State).ToList();
        Assert.Equal(states.OrderBy(UsStates.NameOf, StringComparer.Ordinal), states);
        Assert.True(states.IndexOf("IN") < states.IndexOf("IA"));
    }

    [Fact]
    public async Task GetPageAsync_PageWithoutFeature_LoadsNoRecords()
    {
        var page = await WithService(s => s.GetPageAsync("echo"));

        Assert.NotNull(page);
        Assert.Empty(page.WaiverYears);
        Assert.Empty(page.StatePathways);
        Assert.Empty(page.Organizations);
        Assert.Empty(page.ContactPoints);
    }

    [Fact]
    public async Task ListPagesAsync_ReturnsPagesInSortOrder()
    {
        var pages = await WithService(s => s.ListPagesAsync());

        Assert.Equal("residency", pages[0].Slug);
        Assert.Equal("test-checklist", pages[^1].Slug);
    }

    [Fact]
    public async Task SearchAsync_TermOnlyInASection_FindsThePageWithASnippet()
    {
        var results = await WithService(s => s.SearchAsync("QUOKKA", 1, 10));

        var hit = Assert.Single(results.Items);
        Assert.Equal("test-checklist", hit.Slug);
        Assert.Contains("quokka", hit.Snippet, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SearchAsync_SeveralTerms_MatchesOnlyPagesWithAll()
    {
        var both = await WithService(s => s.SearchAsync("zebra quokka", 1, 10));
        var one = await WithService(s => s.SearchAsync("zebra unicorn", 1, 10));

        Assert.Single(both.Items);
        Assert.Empty(one.Items);
    }

    [Theory]
    [InlineData("100%")]
    [InlineData("snake_case")]
    public async Task SearchAsync_WildcardCharacters_AreMatchedLiterally(string query)
    {
        var results = await WithService(s => s.SearchAsync(query, 1, 10));

        Assert.Equal("test-checklist", Assert.Single(results.Items).Slug);
    }

    [Fact]
    public async Task SearchAsync_Underscore_DoesNotActAsAWildcard()
    {
        var results = await WithService(s => s.SearchAsync("snake_cas_", 1, 10));

        Assert.Empty(results.Items);
    }

    [Fact]
    public async Task SearchAsync_SeededContent_FindsFcvsOnTheCredentialingPage()
    {
        var results = await WithService(s => s.SearchAsync("fcvs", 1, 10));

        Assert.Contains(results.Items, h => h.Slug == "credentialing");
    }

    [Fact]
    public async Task SearchAsync_PageSizeSmallerThanHits_PagesThroughAllOfThem()
    {
        var first = await WithService(s => s.SearchAsync("the", 1, 2));
        var second = await WithService(s => s.SearchAsync("the", 2, 2));

        Assert.True(first.TotalCount > 2);
        Assert.Equal(2, first.Items.Count);
        Assert.True(first.HasNext);
        Assert.True(second.HasPrevious);
        Assert.Empty(first.Items.Select(h => h.Slug).Intersect(second.Items.Select(h => h.Slug)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task SearchAsync_EmptyQuery_ReturnsNothing(string? query)
    {
        var results = await WithService(s => s.SearchAsync(query, 1, 10));

        Assert.Equal(0, results.TotalCount);
    }

    private Task<T> WithService<T>(Func<IGuidanceService, Task<T>> action) =>
        _database.WithAsync(services => action(services.GetRequiredService<IGuidanceService>()));
}
