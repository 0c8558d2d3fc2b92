using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.SourceWatch;

/// <summary>
/// Keeps the tracked sources in step with the content: one <see cref="TrackedSource"/> per distinct normalized address
/// any <see cref="ICitationProvider"/> lists, with its citations replaced by the current ones. A source no longer cited
/// is kept with its history but not checked. Run after each committed change to public content and at the start of
/// each check run; running it twice changes nothing. Two syncs in one process take turns; a sync that meets another
/// process's new rows (a unique address already taken) discards its changes and runs once more against them.
/// </summary>
public sealed class SourceCatalog(IAppDbContext db, IEnumerable<ICitationProvider> providers, TimeProvider clock, IDatabaseErrors errors)
{
    // The background sync after a content change and a check run's own sync met on a fresh start and both inserted
    // the same addresses; one of them failed on the unique index.
    private static readonly SemaphoreSlim Turn = new(1, 1);

    /// <summary>Brings the sources and citations up to date; returns how many sources are cited.</summary>
    public async Task<int> SyncAsync(CancellationToken cancellationToken = default)
    {
        await Turn.WaitAsync(cancellationToken);
        try
        {
            try
            {
                return await SyncOnceAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (errors.IsUniqueViolation(ex))
            {
                db.DiscardChanges();
                return await SyncOnceAsync(cancellationToken);
            }
        }
        finally
        {
            Turn.Release();
        }
    }

    private async Task<int> SyncOnceAsync(CancellationToken cancellationToken)
    {
        var citations = new List<Citation>();
        foreach (var provider in providers)
        {
            citations.AddRange(await provider.ListAsync(db, cancellationToken));
        }

        var byUrl = citations
            .GroupBy(c => c.Url, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.DistinctBy(c => (c.ItemKind, c.ItemKey)).ToList(), StringComparer.Ordinal);
        var now = clock.GetUtcNow().UtcDateTime;
        var sources = await db.Set<TrackedSource>().Include(s => s.Citations).ToListAsync(cancellationToken);
        var known = sources.ToDictionary(s => s.Url, StringComparer.Ordinal);

        foreach (var (url, cited) in byUrl)
        {
            if (url.Length > TrackedSource.UrlMaxLength)
            {
                continue;
            }

            if (!known.TryGetValue(url, out var source))
            {
                source = new TrackedSource { Url = url, Host = new Uri(url).Host, FirstSeenAtUtc = now };
                db.Set<TrackedSource>().Add(source);
                known[url] = source;
            }

            source.Cited = true;
            Replace(source, cited);
        }

        foreach (var source in sources.Where(s => !byUrl.ContainsKey(s.Url)))
        {
            source.Cited = false;
            Replace(source, []);
        }

        await db.SaveChangesAsync(cancellationToken);
        return byUrl.Count;
    }

    private static void Replace(TrackedSource source, IReadOnlyList<Citation> cited)
    {
        var wanted = cited.ToDictionary(c => (c.ItemKind, c.ItemKey));
        source.Citations.RemoveAll(c => !wanted.ContainsKey((c.ItemKind, c.ItemKey)));
        foreach (var citation in cited)
        {
            var existing = source.Citations.FirstOrDefault(c => c.ItemKind == citation.ItemKind && c.ItemKey == citation.ItemKey);
            var title = Cut(citation.ItemTitle, SourceCitation.TitleMaxLength);
            if (existing is null)
            {
                source.Citations.Add(new SourceCitation
                {
                    ItemKind = citation.ItemKind,
                    ItemKey = citation.ItemKey,
                    ItemTitle = title,
                    EditPath = citation.EditPath,
                });
            }
            else
            {
                existing.ItemTitle = title;
                existing.EditPath = citation.EditPath;
            }
        }
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
