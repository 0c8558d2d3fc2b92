using System.Security.Cryptography;
using System.Text;
using ImgPortal.Core.Alerts;
using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ImgPortal.Infrastructure.Data.Seed;

/// <summary>
/// Writes the starter guidance pages (ADR 0088). An empty database gets every page. An existing one gets a corrected
/// seed's text on each page staff never changed, published the way staff publish: a revision (by
/// <see cref="PageRevision.SeedPublisher"/>), a change log entry for a followed page (ADR 0078), and one save, so the
/// one "public content changed" event (ADR 0064) evicts the caches and the search index sees the new text. A page is
/// untouched when it has no draft and its text (title, summary, body, sections, source line) still hashes to
/// <see cref="GuidancePage.SeededTextHash"/>, what the seed last wrote; a page seeded before that column existed counts
/// as untouched only if nobody ever published it. Everything else is kept and named in the one log line.
/// </summary>
public sealed class GuidanceSeeder(AppDbContext db, IMarkdownRenderer markdown, TimeProvider clock, ILogger<GuidanceSeeder> logger)
{
    /// <summary>The note on a revision the seeder publishes.</summary>
    public const string RevisionNote = "Corrected in the portal's starter guidance; staff had not changed this page.";

    /// <summary>What one run did: the slugs updated, and the slugs kept because staff changed them.</summary>
    public sealed record Result(IReadOnlyList<string> Updated, IReadOnlyList<string> Kept);

    public async Task<Result> SeedAsync(IReadOnlyList<GuidancePage> seed, CancellationToken cancellationToken = default)
    {
        if (!await db.GuidancePages.AnyAsync(cancellationToken))
        {
            await AddAllAsync(seed, cancellationToken);
            return new Result([], []);
        }

        var slugs = seed.Select(p => p.Slug).ToList();
        var pages = await db.GuidancePages.Include(p => p.Sections)
            .Where(p => slugs.Contains(p.Slug))
            .ToDictionaryAsync(p => p.Slug, StringComparer.Ordinal, cancellationToken);
        var ids = pages.Values.Select(p => p.Id).ToList();
        var drafted = await db.PageDrafts.Where(d => ids.Contains(d.GuidancePageId)).Select(d => d.GuidancePageId).ToListAsync(cancellationToken);
        var lastRevisions = await db.PageRevisions.Where(r => ids.Contains(r.GuidancePageId))
            .GroupBy(r => r.GuidancePageId)
            .Select(g => new { PageId = g.Key, Last = g.Max(r => r.Number) })
            .ToDictionaryAsync(r => r.PageId, r => r.Last, cancellationToken);

        var updated = new List<string>();
        var kept = new List<string>();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var wanted in seed)
        {
            if (!pages.TryGetValue(wanted.Slug, out var page))
            {
                continue;
            }

            var wantedHash = HashOf(wanted);
            var currentHash = HashOf(page);
            if (currentHash == wantedHash)
            {
                // Already the seed's text: note it as the seed's, so a later correction can replace it.
                page.SeededTextHash ??= wantedHash;
                continue;
            }

            if (page.SeededTextHash == wantedHash)
            {
                // The seed has not changed since it last wrote this page: the difference is staff's own edit.
                continue;
            }

            var untouched = !drafted.Contains(page.Id) && page.RetiredAtUtc is null && (page.SeededTextHash is null
                ? !lastRevisions.ContainsKey(page.Id)
                : page.SeededTextHash == currentHash);
            if (!untouched)
            {
                kept.Add(page.Slug);
                continue;
            }

            Publish(page, wanted, lastRevisions.GetValueOrDefault(page.Id), now);
            page.SeededTextHash = wantedHash;
            updated.Add(page.Slug);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            // Another instance starting at the same moment, or an editor, changed a page first: leave it to them.
            db.ChangeTracker.Clear();
            logger.LogWarning(ex, "The starter guidance was not updated: a page changed while it was being updated; the next start tries again");
            return new Result([], kept);
        }

        if (updated.Count > 0 || kept.Count > 0)
        {
            logger.LogInformation(
                "Starter guidance: updated {UpdatedCount} page(s) staff never changed {UpdatedPages}; kept {KeptCount} page(s) staff changed, whose seeded text differs {KeptPages}",
                updated.Count, updated, kept.Count, kept);
        }

        return new Result(updated, kept);
    }

    /// <summary>
    /// SHA-256 (hex) of the text the seed owns: title, summary, body, source line and the sections in order (kind,
    /// heading, body, sources, cycle). Section sort numbers are left out: publishing renumbers them 1, 2, 3.
    /// </summary>
    public static string HashOf(GuidancePage page)
    {
        var text = new StringBuilder();
        void Add(string value) => text.Append(value.Length).Append(':').Append(value).Append('\n');
        Add(page.Title);
        Add(page.Summary);
        Add(page.BodyMarkdown);
        Add(page.Source);
        foreach (var section in page.Sections.OrderBy(s => s.SortOrder))
        {
            Add(section.Kind.ToString());
            Add(section.Heading);
            Add(section.BodyMarkdown);
            Add(section.Sources);
            Add(section.Cycle);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private async Task AddAllAsync(IReadOnlyList<GuidancePage> seed, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var page in seed)
        {
            page.BodyHtml = markdown.Render(page.BodyMarkdown);
            foreach (var section in page.Sections)
            {
                section.BodyHtml = markdown.Render(section.BodyMarkdown);
            }

            page.SeededTextHash = HashOf(page);
            page.UpdatedAtUtc = now;
            db.GuidancePages.Add(page);
        }

        db.WaiverProgramYears.AddRange(ContentSeed.WaiverYears());
        db.Organizations.AddRange(ContentSeed.Organizations());
        db.ContactPoints.AddRange(ContentSeed.ContactPoints());
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded the starter guidance content");
    }

    /// <summary>
    /// The publish step staff's publishing takes (ADR 0010, 0078), with the seed as the draft: revision 1 keeps the
    /// text from before the first publication, the change log hears of a followed page's change in the same save,
    /// the page takes the seed's text rendered and sanitized, and a revision records it.
    /// </summary>
    private void Publish(GuidancePage page, GuidancePage seed, int lastRevision, DateTime now)
    {
        var before = ContentOf(page);
        var after = ContentOf(seed);
        if (lastRevision == 0)
        {
            db.PageRevisions.Add(RevisionOf(page.Id, ++lastRevision, before, PageRevision.OriginalTextPublisher, page.UpdatedAtUtc, string.Empty));
        }

        if (ChangeTopics.OfPage(page.Slug) is { } topic && PageChangeSummary.Describe(before, after) is { } summary)
        {
            db.ChangeLogEntries.Add(new ChangeNote(topic, null, after.Title, summary, "/" + page.Slug).ToEntry(now));
        }

        page.Title = seed.Title;
        page.Summary = seed.Summary;
        page.BodyMarkdown = seed.BodyMarkdown;
        page.BodyHtml = markdown.Render(seed.BodyMarkdown);
        page.Source = seed.Source;
        page.LastReviewedOn = seed.LastReviewedOn > page.LastReviewedOn ? seed.LastReviewedOn : page.LastReviewedOn;
        page.UpdatedAtUtc = now;
        foreach (var old in page.Sections.ToList())
        {
            db.PageSections.Remove(old);
        }

        page.Sections.Clear();
        foreach (var section in seed.Sections.OrderBy(s => s.SortOrder))
        {
            page.Sections.Add(new PageSection
            {
                Kind = section.Kind,
                SortOrder = section.SortOrder,
                Heading = section.Heading,
                BodyMarkdown = section.BodyMarkdown,
                BodyHtml = markdown.Render(section.BodyMarkdown),
                Sources = section.Sources,
                Cycle = section.Cycle,
            });
        }

        db.PageRevisions.Add(RevisionOf(page.Id, lastRevision + 1, after, PageRevision.SeedPublisher, now, RevisionNote));
    }

    private static PageRevision RevisionOf(int pageId, int number, PageContent content, string by, DateTime at, string note) => new()
    {
        GuidancePageId = pageId,
        Number = number,
        Title = content.Title,
        Summary = content.Summary,
        BodyMarkdown = content.BodyMarkdown,
        SectionsJson = PageContent.SerializeSections(content.Sections),
        PublishedByName = by,
        PublishedAtUtc = at,
        ChangeNote = note,
    };

    private static PageContent ContentOf(GuidancePage page) =>
        new(page.Title, page.Summary, page.BodyMarkdown, page.Sections
            .OrderBy(s => s.SortOrder)
            .Select(s => new SectionContent(s.Kind, s.Heading, s.BodyMarkdown, s.Sources, s.Cycle))
            .ToList());
}
