using ImgPortal.Core.Common;
using ImgPortal.Core.Content.Search;
using ImgPortal.Core.Glossary;
using ImgPortal.Core.Waivers;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Content;

public sealed class GuidanceService(IAppDbContext db, IMarkdownRenderer markdown, TimeProvider clock, ISearchIndex search) : IGuidanceService
{
    /// <summary>Longest query searched; the rest is ignored.</summary>
    public const int MaxQueryLength = 200;

    private const int MaxTerms = 8;
    private const int SuggestionCount = 3;
    private const int GlossaryCount = 5;

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
    internal static IQueryable<GuidancePage> Visible(IQueryable<GuidancePage> pages) =>
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
                .OrderByStateName(s => s.State).ThenBy(s => s.Name)
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
        var parsed = SearchQuery.Parse(query);
        if (parsed.IsEmpty)
        {
            return new PagedResult<SearchHit>([], page, pageSize, 0);
        }

        var corpus = await GuidanceSearchCorpus.ReadAsync(db, markdown, cancellationToken);
        var matches = (await search.SearchAsync(corpus.Corpus, parsed, everyClause: true, cancellationToken))
            .Where(h => corpus.Pages.ContainsKey(h.Key))
            .ToList();
        var hits = matches
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(h => corpus.Pages[h.Key].Hit(h, parsed))
            .ToList();
        return new PagedResult<SearchHit>(hits, page, pageSize, matches.Count);
    }

    public async Task<IReadOnlyList<SearchHit>> SearchGlossaryAsync(string? query, CancellationToken cancellationToken = default)
    {
        var parsed = SearchQuery.Parse(query);
        if (parsed.IsEmpty)
        {
            return [];
        }

        var corpus = await GuidanceSearchCorpus.ReadAsync(db, markdown, cancellationToken);
        var terms = (await search.SearchAsync(corpus.Corpus, parsed, everyClause: true, cancellationToken))
            .Where(h => corpus.Terms.ContainsKey(h.Key))
            .ToList();
        if (terms.Count == 0)
        {
            terms = (await search.SearchAsync(corpus.Corpus, parsed, everyClause: false, cancellationToken))
                .Where(h => corpus.Terms.ContainsKey(h.Key))
                .ToList();
        }

        return terms.Take(GlossaryCount).Select(h =>
        {
            var term = corpus.Terms[h.Key];
            var pieces = h.Snippet ?? WordHighlighter.Snippet(term.Text, parsed) ?? [new TextPiece(term.Text, false)];
            return new SearchHit(
                GlossaryAnchors.PagePath.TrimStart('/'), term.Term, string.Concat(pieces.Select(p => p.Text)), GlossaryAnchors.For(term.Term), pieces, IsGlossary: true);
        }).ToList();
    }

    public async Task<IReadOnlyList<SearchHit>> ClosestPagesAsync(string? query, CancellationToken cancellationToken = default)
    {
        var parsed = SearchQuery.Parse(query);
        var corpus = await GuidanceSearchCorpus.ReadAsync(db, markdown, cancellationToken);
        var closest = parsed.IsEmpty
            ? []
            : (await search.SearchAsync(corpus.Corpus, parsed, everyClause: false, cancellationToken))
                .Where(h => corpus.Pages.ContainsKey(h.Key))
                .Select(h => corpus.Pages[h.Key])
                .ToList();
        return (closest.Count > 0 ? closest : corpus.Pages.Values.OrderBy(p => p.SortOrder).ToList())
            .Take(SuggestionCount)
            .Select(p => new SearchHit(p.Slug, p.Title, p.Summary))
            .ToList();
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
}
