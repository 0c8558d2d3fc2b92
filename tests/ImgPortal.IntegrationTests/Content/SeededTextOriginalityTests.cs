using System.Text.Json;
using System.Text.RegularExpressions;
using ImgPortal.Infrastructure.Data;
using ImgPortal.Infrastructure.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.IntegrationTests.Content;

/// <summary>
/// The portal's seeded words are its own: no sentence repeats a sentence of the two source documents, and no run
/// of <see cref="RunLength"/> or more consecutive words matches them (case and whitespace ignored).
/// </summary>
public sealed partial class SeededTextOriginalityTests
{
    private const int RunLength = 10;

    /// <summary>Seed sentences shorter than this are common phrases ("Read more here."), not authored text.</summary>
    private const int MinSentenceWords = 4;

    [Fact]
    public async Task SeededDatabase_EveryText_SharesNoSentenceOrTenWordRunWithTheSeedDocuments()
    {
        await using var database = await TestDatabase.CreateAsync();
        var texts = await database.WithAsync(SeededTextsAsync);

        var copies = Copies(texts);

        Assert.True(texts.Count > 50, $"Expected the seeded texts, found {texts.Count}.");
        Assert.Empty(copies);
    }

    [Fact]
    public void SeedDataFiles_EverySummaryAndDefinition_SharesNoSentenceOrTenWordRunWithTheSeedDocuments()
    {
        var texts = SeedDataFiles.All
            .SelectMany(file => Strings(JsonDocument.Parse(SeedDataFiles.Read(file)).RootElement).Select(text => (file, text)))
            .ToList();

        var copies = Copies(texts);

        Assert.NotEmpty(texts);
        Assert.Empty(copies);
    }

    [Fact]
    public void Copies_TextThatQuotesTheSeed_IsFlagged()
    {
        List<(string Where, string Text)> texts =
        [
            ("quote", "Read this first. Competition for   residency positions is INTENSE."),
            ("run", "We read that the MSSNY IMG Committee works to expand MSSNY’s understanding and responsiveness to many things."),
            ("own", "Residency positions are hard to win."),
        ];

        var copies = Copies(texts);

        Assert.Equal(["quote", "run"], copies.Select(c => c.Split(':')[0]).Distinct().ToArray());
    }

    private static List<string> Copies(IEnumerable<(string Where, string Text)> texts)
    {
        var seeds = SeedDocuments();
        var seedRuns = seeds.SelectMany(d => Runs(Words(d))).ToHashSet(StringComparer.Ordinal);
        var seedSentences = seeds.SelectMany(Sentences)
            .Where(s => s.Split(' ').Length >= MinSentenceWords)
            .ToHashSet(StringComparer.Ordinal);

        var copies = new List<string>();
        foreach (var (where, text) in texts)
        {
            copies.AddRange(Sentences(text).Where(seedSentences.Contains).Select(s => $"{where}: sentence \"{s}\""));
            copies.AddRange(Runs(Words(text)).Where(seedRuns.Contains).Distinct().Select(r => $"{where}: run \"{r}\""));
        }

        return copies;
    }

    private static async Task<List<(string Where, string Text)>> SeededTextsAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var texts = new List<(string, string)>();
        foreach (var page in await db.GuidancePages.Include(p => p.Sections).AsNoTracking().ToListAsync())
        {
            texts.AddRange([($"{page.Slug}.title", page.Title), ($"{page.Slug}.summary", page.Summary),
                ($"{page.Slug}.body", page.BodyMarkdown), ($"{page.Slug}.source", page.Source)]);
            texts.AddRange(page.Sections.SelectMany(s => new[]
            {
                ($"{page.Slug}/{s.Heading}.heading", s.Heading), ($"{page.Slug}/{s.Heading}", s.BodyMarkdown),
            }));
        }

        texts.AddRange((await db.StatePathways.AsNoTracking().ToListAsync())
            .Select(s => ($"pathway {s.State} {s.Name}", s.Summary)));
        texts.AddRange((await db.Organizations.AsNoTracking().ToListAsync()).Select(o => ($"organization {o.Abbreviation}", o.Name + ". " + o.Role)));
        texts.AddRange((await db.ContactPoints.AsNoTracking().ToListAsync()).Select(c => ($"contact {c.Office}", c.Office + ". " + c.Purpose)));
        texts.AddRange((await db.WaiverProgramYears.AsNoTracking().ToListAsync()).Select(w => ($"waiver {w.Year}", w.Notes + " " + w.Source)));
        texts.AddRange((await db.RoadmapSteps.AsNoTracking().ToListAsync()).Select(r => ($"roadmap {r.Key}", r.Title + ". " + r.Description)));
        texts.AddRange((await db.SeasonDates.AsNoTracking().ToListAsync()).Select(d => ($"date {d.Title}", d.Title + ". " + d.Notes)));
        return texts;
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().Where(p => p.Name is not ("url" or "verifiedOn")).SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    private static List<string> SeedDocuments()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "SeedDocuments");
        var files = Directory.GetFiles(folder, "*.txt");
        Assert.Equal(2, files.Length);
        return files.Select(File.ReadAllText).ToList();
    }

    /// <summary>Lowercase words, with typographic apostrophes folded and Markdown punctuation dropped.</summary>
    private static List<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant().Replace('\u2019', '\'')).Select(m => m.Value).ToList();

    private static IEnumerable<string> Runs(List<string> words) =>
        Enumerable.Range(0, Math.Max(0, words.Count - RunLength + 1)).Select(i => string.Join(' ', words.Skip(i).Take(RunLength)));

    private static IEnumerable<string> Sentences(string text) =>
        SentenceEnd().Split(text).Select(s => string.Join(' ', Words(s))).Where(s => s.Length > 0);

    [GeneratedRegex(@"[a-z0-9]+(?:'[a-z]+)?")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"(?<=[.!?])\s+|\n\s*\n|\n\s*[-•*>]\s*")]
    private static partial Regex SentenceEnd();
}
