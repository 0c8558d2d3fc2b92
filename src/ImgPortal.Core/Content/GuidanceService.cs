using System.Security.Cryptography;
using System.Text;
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

        var corpus = await CorpusAsync(cancellationToken);
        var matches = (await search.SearchAsync(corpus.Corpus, parsed, everyClause: true, cancellationToken))
            .Where(h => corpus.Pages.ContainsKey(h.Key))
            .ToList();
        var hits = matches
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(h => PageHit(corpus.Pages[h.Key], h, parsed))
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

        var corpus = await CorpusAsync(cancellationToken);
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
        var corpus = await CorpusAsync(cancellationToken);
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

    /// <summary>
    /// Every visible page and glossary term as the search index reads them, and a stamp of their text: the index
    /// rebuilds when the stamp changes, so a publish shows in search at once (ADR 0085).
    /// </summary>
    private async Task<SearchContent> CorpusAsync(CancellationToken cancellationToken)
    {
        var pages = (await Visible(db.GuidancePages)
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
        .Select(p =>
        {
            // The state pathways page's computed counts (ADR 0079) are not search words: their tokens are taken out.
            var body = new StringBuilder(Pathways.PathwayCountTokens.Strip(markdown.ToPlainText(p.BodyMarkdown).ReplaceLineEndings(" ")));
            var sections = new List<(string Heading, int Start)>();
            foreach (var s in p.Sections)
            {
                body.Append(" \n ");
                sections.Add((s.Heading, body.Length));

                // A section's source titles count as its words: "NYSDOH" finds the section that cites the Department's bulletin.
                body.Append(s.Heading).Append(": ").AppendJoin(' ', [Pathways.PathwayCountTokens.Strip(markdown.ToPlainText(s.BodyMarkdown).ReplaceLineEndings(" ")), .. PathwaySources.Read(s.Sources).Select(source => source.Title)]);
            }

            return new SearchablePage(p.Slug, p.Title, p.Summary, WordHighlighter.Unmarked(body.ToString().TrimEnd()), p.SortOrder, sections);
        })
        .ToDictionary(p => "page:" + p.Slug, StringComparer.Ordinal);
        var terms = (await db.GlossaryTerms.AsNoTracking()
            .Select(t => new { t.Term, t.LongForm, t.Definition })
            .ToListAsync(cancellationToken))
            .Select(t => new SearchableTerm(t.Term, t.LongForm.Length > 0 ? t.LongForm + ": " + t.Definition : t.Definition))
            .ToDictionary(t => "glossary:" + t.Term, StringComparer.Ordinal);

        List<SearchDocument> documents =
        [
            .. pages.Select(p => new SearchDocument(p.Key, p.Value.Title, p.Value.Summary, string.Join(" \n ", p.Value.Sections.Select(s => s.Heading)), p.Value.Body)),
            .. terms.Select(t => new SearchDocument(t.Key, t.Value.Term, string.Empty, string.Empty, t.Value.Text)),
        ];
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var document in documents)
        {
            foreach (var field in new[] { document.Key, document.Title, document.Summary, document.Headings, document.Body })
            {
                hash.AppendData(Encoding.UTF8.GetBytes(field));
                hash.AppendData([0]);
            }
        }

        return new SearchContent(new SearchCorpus(documents, Convert.ToHexString(hash.GetHashAndReset())), pages, terms);
    }

    /// <summary>
    /// A page's result: the index's snippet (else one made here), linked to the section whose heading has a marked
    /// word, else to the section the snippet was taken from.
    /// </summary>
    private static SearchHit PageHit(SearchablePage page, SearchIndexHit hit, SearchQuery query)
    {
        var pieces = hit.Snippet ?? WordHighlighter.Snippet(page.Body, query) ?? [new TextPiece(page.Summary, false)];
        var snippet = string.Concat(pieces.Select(p => p.Text));
        var marked = pieces.Where(p => p.IsMatch).Select(p => p.Text).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var heading = page.Sections.FirstOrDefault(s => marked.Count > 0 && WordHighlighter.Mark(s.Heading, marked).Any(p => p.IsMatch)).Heading;
        if (heading is null && pieces.Any(p => p.IsMatch))
        {
            var core = snippet.Trim('…');
            var at = page.Body.IndexOf(core, StringComparison.Ordinal);
            var firstMark = at < 0 ? -1 : at + pieces.TakeWhile(p => !p.IsMatch).Sum(p => p.Text.Length) - (snippet.Length - snippet.TrimStart('…').Length);
            heading = page.Sections.LastOrDefault(s => firstMark >= 0 && s.Start <= firstMark).Heading;
        }

        return new SearchHit(page.Slug, page.Title, snippet, heading is null ? null : SectionAnchors.For(heading), pieces);
    }

    private sealed record SearchablePage(
        string Slug, string Title, string Summary, string Body, int SortOrder, IReadOnlyList<(string Heading, int Start)> Sections);

    private sealed record SearchableTerm(string Term, string Text);

    private sealed record SearchContent(
        SearchCorpus Corpus, IReadOnlyDictionary<string, SearchablePage> Pages, IReadOnlyDictionary<string, SearchableTerm> Terms);

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
