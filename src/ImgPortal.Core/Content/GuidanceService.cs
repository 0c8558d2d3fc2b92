using ImgPortal.Core.Common;
using ImgPortal.Core.Glossary;
using ImgPortal.Core.Waivers;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Content;

public sealed class GuidanceService(IAppDbContext db, IMarkdownRenderer markdown, TimeProvider clock) : IGuidanceService
{
    /// <summary>Longest query searched; the rest is ignored.</summary>
    public const int MaxQueryLength = 200;

    private const int MaxTerms = 8;
    private const int SnippetLength = 220;
    private const int SuggestionCount = 3;

    public Task<GuidancePageDetail?> GetPageAsync(string slug, CancellationToken cancellationToken = default)
    {
        var normalized = slug.Trim().ToLowerInvariant();
        return DetailAsync(Visible(db.GuidancePages).Where(p => p.Slug == normalized), cancellationToken);
    }

    public Task<GuidancePageDetail?> GetAnyPageAsync(int id, CancellationToken cancellationToken = default) =>
        DetailAsync(db.GuidancePages.Where(p => p.Id == id), cancellationToken);

    public async Task<PageLookup> LookupAsync(string slug, CancellationToken cancellationToken = default)
    {
        var page = await GetPageAsync(slug, cancellationToken);
        if (page is not null)
        {
            return new PageLookup(page, false, null);
        }

        var normalized = slug.Trim().ToLowerInvariant();
        var retired = await db.GuidancePages.AsNoTracking()
            .Where(p => p.Slug == normalized && p.RetiredAtUtc != null)
            .Select(p => new { p.RetiredRedirectTo })
            .SingleOrDefaultAsync(cancellationToken);
        return new PageLookup(null, retired is not null, retired?.RetiredRedirectTo);
    }

    public async Task<IReadOnlyList<NavigationLink>> ListNavigationAsync(CancellationToken cancellationToken = default) =>
        await Visible(db.GuidancePages)
            .Where(p => p.NavigationLabel != null && p.NavigationLabel != string.Empty)
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Title)
            .Select(p => new NavigationLink(p.Slug, p.NavigationLabel!))
            .ToListAsync(cancellationToken);

    /// <summary>Pages visitors may see: published at least once and not retired.</summary>
    private static IQueryable<GuidancePage> Visible(IQueryable<GuidancePage> pages) =>
        pages.AsNoTracking().Where(p => p.RetiredAtUtc == null && !p.AwaitingFirstPublication);

    private async Task<GuidancePageDetail?> DetailAsync(IQueryable<GuidancePage> query, CancellationToken cancellationToken)
    {
        var page = await query
            .AsNoTracking()
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
                    .Select(s => new SectionDetail(s.Kind, s.SortOrder, s.Heading, s.BodyHtml) { Sources = s.Sources, Cycle = s.Cycle })
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
                .Select(w => new WaiverYearDetail(w.ProgramName, w.Year, w.TotalWaivers, w.SecondCategoryMax, w.Notes, w.Source, w.AsOf)
                {
                    SlotsReported = w.SlotsReported,
                    SlotsUsed = w.SlotsUsed,
                    FlexUsed = w.FlexUsed,
                    CycleStatus = w.CycleStatus,
                    SourceUrl = w.SourceUrl,
                })
                .ToListAsync(cancellationToken)
            : [];

        IReadOnlyList<StatePathwayDetail> pathways = page.Feature == PageFeature.StatePathways
            ? await db.StatePathways.AsNoTracking()
                .OrderBy(s => s.State).ThenBy(s => s.Name)
                .Select(s => new StatePathwayDetail(s.State, s.Name, s.Kind, s.Status))
                .ToListAsync(cancellationToken)
            : [];

        // Every page links its first mention of each organization, so the short list is read for every page.
        var allOrganizations = await db.Organizations.AsNoTracking()
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Name)
            .Select(o => new OrganizationDetail(o.Name, o.Abbreviation, o.Role, o.WebsiteUrl, o.Aliases))
            .ToListAsync(cancellationToken);
        IReadOnlyList<OrganizationDetail> organizations = page.Feature == PageFeature.Organizations ? allOrganizations : [];

        IReadOnlyList<ContactPointDetail> contacts = page.Feature == PageFeature.ContactPoints
            ? await db.ContactPoints.AsNoTracking()
                .OrderBy(c => c.SortOrder).ThenBy(c => c.Office)
                .Select(c => new ContactPointDetail(c.Office, c.Purpose, c.Phone, c.Email, c.Address, c.OfficeHours))
                .ToListAsync(cancellationToken)
            : [];

        // In reading order (body, steps, then sections), so each link sits on the first mention a reader meets:
        // an organization's name links to its official site, then the first use of each glossary term to its entry.
        var organizationLinker = new OrganizationLinker(allOrganizations);
        var glossaryLinker = new GlossaryLinker(await db.GlossaryTerms.AsNoTracking().Select(t => t.Term).ToListAsync(cancellationToken));
        string Link(string html) => glossaryLinker.Link(organizationLinker.Link(html));
        var bodyHtml = Link(page.BodyHtml);
        var sections = page.Sections.ToArray();
        var readingOrder = Enumerable.Range(0, sections.Length).OrderBy(i => sections[i].Kind == SectionKind.Step ? 0 : 1).ThenBy(i => i);
        foreach (var i in readingOrder)
        {
            sections[i] = sections[i] with { BodyHtml = Link(sections[i].BodyHtml) };
        }

        return new GuidancePageDetail(
            page.Slug, page.Title, page.Summary, bodyHtml, page.Source, page.LastReviewedOn, page.Feature,
            sections, waiverYears, pathways, organizations, contacts)
        {
            FiscalYearNow = FederalFiscalYear.Current(clock),
        };
    }

    public async Task<IReadOnlyList<PageLink>> ListPagesAsync(CancellationToken cancellationToken = default) =>
        await Visible(db.GuidancePages)
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Title)
            .Select(p => new PageLink(p.Slug, p.Title, p.Summary))
            .ToListAsync(cancellationToken);

    public async Task<PagedResult<SearchHit>> SearchAsync(
        string? query, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        page = Paging.ClampPage(page);
        var terms = SearchSynonyms.Expand(SplitTerms(query));
        if (terms.Count == 0)
        {
            return new PagedResult<SearchHit>([], page, pageSize, 0);
        }

        var ranked = (await SearchablePagesAsync(cancellationToken))
            .Select(p => (Page: p, Score: Score(p, terms, requireAll: true)))
            .Where(r => r.Score > 0)
            .OrderByDescending(r => r.Score).ThenBy(r => r.Page.SortOrder)
            .ToList();
        var hits = ranked
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(r => Hit(r.Page, terms))
            .ToList();
        return new PagedResult<SearchHit>(hits, page, pageSize, ranked.Count);
    }

    public async Task<IReadOnlyList<SearchHit>> ClosestPagesAsync(string? query, CancellationToken cancellationToken = default)
    {
        var terms = SearchSynonyms.Expand(SplitTerms(query));
        var pages = await SearchablePagesAsync(cancellationToken);
        var closest = pages
            .Select(p => (Page: p, Score: Score(p, terms, requireAll: false)))
            .Where(r => r.Score > 0)
            .OrderByDescending(r => r.Score).ThenBy(r => r.Page.SortOrder)
            .Select(r => r.Page)
            .ToList();
        return (closest.Count > 0 ? closest : pages.OrderBy(p => p.SortOrder).ToList())
            .Take(SuggestionCount)
            .Select(p => new SearchHit(p.Slug, p.Title, p.Summary))
            .ToList();
    }

    /// <summary>
    /// Every page with the text search reads. The guidance is a few dozen pages at most, so ranking runs in
    /// memory, where synonyms, weights and section anchors are simple; a large corpus would need full-text search.
    /// </summary>
    private async Task<List<SearchablePage>> SearchablePagesAsync(CancellationToken cancellationToken) =>
        (await Visible(db.GuidancePages)
            .Select(p => new
            {
                p.Slug,
                p.Title,
                p.Summary,
                p.BodyMarkdown,
                p.SortOrder,
                Sections = p.Sections.OrderBy(s => s.SortOrder).Select(s => new { s.Heading, s.BodyMarkdown, s.Sources }).ToList(),
            })
            .ToListAsync(cancellationToken))
        .Select(p => new SearchablePage(
            p.Slug,
            p.Title,
            p.Summary,
            // The state pathways page's computed counts (ADR 0079) are not search words: their tokens are taken out.
            Pathways.PathwayCountTokens.Strip(markdown.ToPlainText(p.BodyMarkdown).ReplaceLineEndings(" ")),
            p.SortOrder,
            // A section's source titles count as its words: "NYSDOH" finds the section that cites the Department's bulletin.
            p.Sections.Select(s => (s.Heading, string.Join(' ', [Pathways.PathwayCountTokens.Strip(markdown.ToPlainText(s.BodyMarkdown).ReplaceLineEndings(" ")), .. PathwaySources.Read(s.Sources).Select(source => source.Title)]).TrimEnd())).ToList()))
        .ToList();

    /// <summary>Title 10, summary 5, a section heading 4, body text 1, per term; 0 when a required term is missing.</summary>
    private static int Score(SearchablePage page, IReadOnlyList<IReadOnlyList<string>> terms, bool requireAll)
    {
        var total = 0;
        foreach (var forms in terms)
        {
            var score = (Contains(page.Title, forms) ? 10 : 0)
                + (Contains(page.Summary, forms) ? 5 : 0)
                + (page.Sections.Any(s => Contains(s.Heading, forms)) ? 4 : 0)
                + (Contains(page.Body, forms) || page.Sections.Any(s => Contains(s.Text, forms)) ? 1 : 0)

                // The word as typed (forms[0]) beats its synonyms: NYSDOH itself over "department of health".
                + (score: 0, typed: forms[0]) switch
                {
                    var t when page.Title.Contains(t.typed, StringComparison.OrdinalIgnoreCase)
                        || page.Summary.Contains(t.typed, StringComparison.OrdinalIgnoreCase)
                        || page.Body.Contains(t.typed, StringComparison.OrdinalIgnoreCase)
                        || page.Sections.Any(s => s.Text.Contains(t.typed, StringComparison.OrdinalIgnoreCase)) => 3,
                    _ => 0,
                };
            if (score == 0 && requireAll)
            {
                return 0;
            }

            total += score;
        }

        return total;
    }

    private static SearchHit Hit(SearchablePage page, IReadOnlyList<IReadOnlyList<string>> terms)
    {
        var forms = terms.SelectMany(t => t).ToList();

        // A section whose heading matches; else the page's opening text; else the first section whose text does.
        var section = page.Sections.FirstOrDefault(s => Contains(s.Heading, forms));
        if (section.Heading is null && !Contains(page.Body, forms))
        {
            section = page.Sections.FirstOrDefault(s => Contains(s.Text, forms));
        }

        var anchor = section.Heading is null ? null : SectionAnchors.For(section.Heading);
        var text = section.Heading is null ? page.Body : section.Heading + ": " + section.Text;
        return new SearchHit(page.Slug, page.Title, Snippet(page.Summary, text, forms), anchor, forms);
    }

    private static bool Contains(string text, IEnumerable<string> forms) =>
        forms.Any(f => text.Contains(f, StringComparison.OrdinalIgnoreCase));

    private sealed record SearchablePage(
        string Slug, string Title, string Summary, string Body, int SortOrder, IReadOnlyList<(string Heading, string Text)> Sections);

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

    private static string Snippet(string summary, string text, IReadOnlyList<string> forms)
    {
        var at = forms
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
