using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Search;
using ImgPortal.Core.Glossary;
using ImgPortal.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.IntegrationTests.Content;

/// <summary>Search on real SQLite through the FTS5 index: stems, synonyms, phrases, the glossary, suggestions (ADR 0085).</summary>
public sealed class FullTextSearchTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await using var scope = _database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.GuidancePages.AddRange(
            Page("fts-sponsors", "Hospitals for axolotl doctors", "Some hospitals sponsor a visa for axolotl doctors."),
            Page("fts-fees", "Axolotl exam money", "The axolotl exam fee is paid once."),
            Page("fts-rotations", "Axolotl rotations", "Hands-on clinical experience in axolotl wards helps."),
            Page("fts-phrase", "Axolotl licensing steps", "Pass axolotl Step 3 after 2023, then wait 3 months."),
            Page("fts-apart", "Axolotl steps apart", "Each axolotl step takes 3 weeks."),
            Page("fts-graduates", "Axolotl graduates", "Many axolotl graduates apply."));
        db.GlossaryTerms.Add(new GlossaryTerm
        {
            Term = "Okapi slot",
            LongForm = "Okapi residency slot",
            Definition = "A made-up okapi term for tests.",
            SourceUrl = "https://example.org/okapi",
        });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task SearchAsync_Sponsorship_FindsThePageSayingSponsor()
    {
        var results = await SearchAsync("axolotl sponsorship");

        Assert.Equal(["fts-sponsors"], results.Items.Select(h => h.Slug));
        Assert.Contains(results.Items[0].SnippetPieces, p => p.IsMatch && p.Text == "sponsor");
    }

    [Fact]
    public async Task SearchAsync_Cost_FindsTheFeeContent()
    {
        var results = await SearchAsync("axolotl cost");

        Assert.Equal(["fts-fees"], results.Items.Select(h => h.Slug));
    }

    [Fact]
    public async Task SearchAsync_Usce_FindsClinicalExperience()
    {
        var results = await SearchAsync("USCE axolotl");

        Assert.Equal(["fts-rotations"], results.Items.Select(h => h.Slug));
        Assert.Contains(results.Items[0].SnippetPieces, p => p.IsMatch && p.Text.Contains("clinical", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task SearchAsync_QuotedPhrase_MatchesOnlyThePhrase()
    {
        var phrase = await SearchAsync("\"step 3\" axolotl");
        var words = await SearchAsync("step 3 axolotl");

        Assert.Equal(["fts-phrase"], phrase.Items.Select(h => h.Slug));
        Assert.Equal(["fts-apart", "fts-phrase"], words.Items.Select(h => h.Slug).Order());
    }

    [Fact]
    public async Task SearchAsync_Step3_HighlightsTheRunNotEveryThree()
    {
        var results = await SearchAsync("step 3");

        var hit = results.Items.Single(h => h.Slug == "fts-phrase");
        var marked = hit.SnippetPieces.Where(p => p.IsMatch).Select(p => p.Text).ToList();
        Assert.Contains("Step 3", marked);
        Assert.DoesNotContain("3", marked);
        Assert.DoesNotContain(marked, m => m.Contains("2023", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SearchAsync_Graduate_MarksGraduatesWhole()
    {
        var results = await SearchAsync("graduate");

        var hit = results.Items.Single(h => h.Slug == "fts-graduates");
        Assert.Equal(["graduates"], hit.SnippetPieces.Where(p => p.IsMatch).Select(p => p.Text));
    }

    [Fact]
    public async Task SearchGlossaryAsync_TermWord_FindsTheTermLinkedToTheGlossary()
    {
        var terms = await _database.WithAsync(s => s.GetRequiredService<IGuidanceService>().SearchGlossaryAsync("okapi slots"));

        var term = Assert.Single(terms);
        Assert.True(term.IsGlossary);
        Assert.Equal("Okapi slot", term.Title);
        Assert.Equal(GlossaryAnchors.Href("Okapi slot"), "/" + term.Slug + "#" + term.Anchor);
    }

    [Fact]
    public async Task NothingMatches_SuggestsTheClosestPagesAndGlossaryTerms()
    {
        var results = await SearchAsync("axolotl okapi xylophonist");
        var closest = await _database.WithAsync(s => s.GetRequiredService<IGuidanceService>().ClosestPagesAsync("axolotl okapi xylophonist"));
        var terms = await _database.WithAsync(s => s.GetRequiredService<IGuidanceService>().SearchGlossaryAsync("axolotl okapi xylophonist"));

        Assert.Empty(results.Items);
        Assert.NotEmpty(closest);
        Assert.All(closest, h => Assert.StartsWith("fts-", h.Slug, StringComparison.Ordinal));
        Assert.Equal("Okapi slot", Assert.Single(terms).Title);
    }

    [Fact]
    public async Task SearchAsync_AfterAPublish_FindsTheNewWords()
    {
        Assert.Empty((await SearchAsync("pangolin")).Items);
        await using (var scope = _database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.GuidancePages.Add(Page("fts-new", "Pangolin page", "New pangolin words."));
            await db.SaveChangesAsync();
        }

        Assert.Equal(["fts-new"], (await SearchAsync("pangolin")).Items.Select(h => h.Slug));
    }

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task SearchAsync_HostileQuery_NeverThrows(string query)
    {
        await SearchAsync(query);
        await _database.WithAsync(s => s.GetRequiredService<IGuidanceService>().ClosestPagesAsync(query));
        await _database.WithAsync(s => s.GetRequiredService<IGuidanceService>().SearchGlossaryAsync(query));
    }

    public static TheoryData<string> HostileQueries =>
        ["\"", "NEAR(a b)", "-axolotl", "title:axolotl", "*", "axolotl*", "AND OR NOT", "'; DROP TABLE docs; --", "\"unbalanced", "^", "\ue000"];

    private Task<Core.Common.PagedResult<SearchHit>> SearchAsync(string query) =>
        _database.WithAsync(s => s.GetRequiredService<IGuidanceService>().SearchAsync(query, 1, 100));

    private static GuidancePage Page(string slug, string title, string body) => new()
    {
        Slug = slug,
        Title = title,
        Summary = "Summary",
        Source = "Test source",
        BodyMarkdown = body,
        BodyHtml = "<p>" + body + "</p>",
        SortOrder = 900,
    };
}
