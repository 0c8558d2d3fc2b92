using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Content;

public sealed class GuidanceService(IAppDbContext db, IMarkdownRenderer markdown) : IGuidanceService
{
    /// <summary>Longest query searched; the rest is ignored.</summary>
    public const int MaxQueryLength = 200;

    private const int MaxTerms = 8;
    private const int SnippetLength = 220;

    public async Task<GuidancePageDetail?> GetPageAsync(string slug, CancellationToken cancellationToken = default)
    {
        var normalized = slug.Trim().ToLowerInvariant();
        var page = await db.GuidancePages
            .AsNoTracking()
            .Where(p => p.Slug == normalized)
            .Select(p => new
            {
                p.Slug,
                p.Title,
                p.Summary,
                p.BodyHtml,
                p.Source,
                p.LastReviewedOn,
                p.Feature,
                Sections = p.Sections
                    .OrderBy(s => s.SortOrder)
                    .Select(s => new SectionDetail(s.Kind, s.SortOrder, s.Heading, s.BodyHtml))
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);

        if (page is null)
        {
            return null;
        }

        IReadOnlyList<WaiverYearDetail> waiverYears = page.Feature == PageFeature.WaiverFigures
            ? await db.WaiverProgramYears.AsNoTracking()
                .OrderByDescending(w => w.Year).ThenBy(w => w.ProgramName)
                .Select(w => new WaiverYearDetail(w.ProgramName, w.Year, w.TotalWaivers, w.SecondCategoryMax, w.Notes, w.Source, w.AsOf))
                .ToListAsync(cancellationToken)
            : [];

        IReadOnlyList<StatePathwayDetail> pathways = page.Feature == PageFeature.StatePathways
            ? await db.StatePathways.AsNoTracking()
                .OrderBy(s => s.State).ThenBy(s => s.AsOf)
                .Select(s => new StatePathwayDetail(s.State, s.Kind, s.Description, s.Requirements, s.Source, s.AsOf))
                .ToListAsync(cancellationToken)
            : [];

        IReadOnlyList<OrganisationDetail> organisations = page.Feature == PageFeature.Organisations
            ? await db.Organisations.AsNoTracking()
                .OrderBy(o => o.SortOrder).ThenBy(o => o.Name)
                .Select(o => new OrganisationDetail(o.Name, o.Abbreviation, o.Role, o.WebsiteUrl))
                .ToListAsync(cancellationToken)
            : [];

        IReadOnlyList<ContactPointDetail> contacts = page.Feature == PageFeature.ContactPoints
            ? await db.ContactPoints.AsNoTracking()
                .OrderBy(c => c.SortOrder).ThenBy(c => c.Office)
                .Select(c => new ContactPointDetail(c.Office, c.Purpose, c.Phone, c.Email, c.Address))
                .ToListAsync(cancellationToken)
            : [];

        return new GuidancePageDetail(
            page.Slug, page.Title, page.Summary, page.BodyHtml, page.Source, page.LastReviewedOn, page.Feature,
            page.Sections, waiverYears, pathways, organisations, contacts);
    }

    public async Task<IReadOnlyList<PageLink>> ListPagesAsync(CancellationToken cancellationToken = default) =>
        await db.GuidancePages
            .AsNoTracking()
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Title)
            .Select(p => new PageLink(p.Slug, p.Title, p.Summary))
            .ToListAsync(cancellationToken);

    public async Task<PagedResult<SearchHit>> SearchAsync(
        string? query, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        page = Paging.ClampPage(page);
        var terms = SplitTerms(query);
        if (terms.Count == 0)
        {
            return new PagedResult<SearchHit>([], page, pageSize, 0);
        }

        var pages = db.GuidancePages.AsNoTracking();
        foreach (var term in terms)
        {
            var pattern = "%" + EscapeLike(term) + "%";
            pages = pages.Where(p =>
                EF.Functions.Like(p.Title, pattern, "\\")
                || EF.Functions.Like(p.Summary, pattern, "\\")
                || EF.Functions.Like(p.BodyMarkdown, pattern, "\\")
                || p.Sections.Any(s => EF.Functions.Like(s.Heading, pattern, "\\") || EF.Functions.Like(s.BodyMarkdown, pattern, "\\")));
        }

        var firstPattern = "%" + EscapeLike(terms[0]) + "%";
        var total = await pages.CountAsync(cancellationToken);
        var rows = await pages
            .OrderByDescending(p => EF.Functions.Like(p.Title, firstPattern, "\\"))
            .ThenByDescending(p => EF.Functions.Like(p.Summary, firstPattern, "\\"))
            .ThenBy(p => p.SortOrder)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(p => new
            {
                p.Slug,
                p.Title,
                p.Summary,
                p.BodyMarkdown,
                SectionText = p.Sections.OrderBy(s => s.SortOrder).Select(s => s.Heading + "\n" + s.BodyMarkdown).ToList(),
            })
            .ToListAsync(cancellationToken);

        var hits = rows
            .Select(r => new SearchHit(r.Slug, r.Title, Snippet(r.Summary, r.BodyMarkdown, r.SectionText, terms)))
            .ToList();
        return new PagedResult<SearchHit>(hits, page, pageSize, total);
    }

    /// <summary>Splits a query into distinct lowercase terms, at most <see cref="MaxTerms"/>.</summary>
    public static IReadOnlyList<string> SplitTerms(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        var trimmed = query.Length > MaxQueryLength ? query[..MaxQueryLength] : query;
        return trimmed
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.Trim('"', '\'', ',', '.', ';', ':', '?', '!').ToLowerInvariant())
            .Where(t => t.Length > 0)
            .Distinct()
            .Take(MaxTerms)
            .ToList();
    }

    private static string EscapeLike(string term) =>
        term.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal)
            .Replace("[", "\\[", StringComparison.Ordinal);

    private string Snippet(string summary, string body, IEnumerable<string> sections, IReadOnlyList<string> terms)
    {
        var text = markdown.ToPlainText(body + "\n\n" + string.Join("\n\n", sections))
            .ReplaceLineEndings(" ");
        var at = terms
            .Select(t => text.IndexOf(t, StringComparison.OrdinalIgnoreCase))
            .Where(i => i >= 0)
            .DefaultIfEmpty(-1)
            .Min();
        if (at < 0)
        {
            return summary;
        }

        var start = Math.Max(0, at - 60);
        var length = Math.Min(SnippetLength, text.Length - start);
        var snippet = text.Substring(start, length).Trim();
        return (start > 0 ? "…" : string.Empty) + snippet + (start + length < text.Length ? "…" : string.Empty);
    }
}
