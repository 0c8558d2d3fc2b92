using System.Security.Cryptography;
using System.Text;
using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Content.Search;

/// <summary>
/// Every visible page and glossary term as the search index reads them, and a stamp of their text: the index
/// rebuilds when the stamp changes, so a publish shows in search at once (ADR 0085). Keyed "page:slug" and
/// "glossary:term", as the index's hits are.
/// </summary>
internal sealed record GuidanceSearchCorpus(
    SearchCorpus Corpus, IReadOnlyDictionary<string, SearchablePage> Pages, IReadOnlyDictionary<string, SearchableTerm> Terms)
{
    public static async Task<GuidanceSearchCorpus> ReadAsync(IAppDbContext db, IMarkdownRenderer markdown, CancellationToken cancellationToken)
    {
        var pages = (await GuidanceService.Visible(db.GuidancePages)
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

        return new GuidanceSearchCorpus(new SearchCorpus(documents, Convert.ToHexString(hash.GetHashAndReset())), pages, terms);
    }
}

/// <summary>A page as search reads it: its plain-text body and where each section starts in it.</summary>
internal sealed record SearchablePage(
    string Slug, string Title, string Summary, string Body, int SortOrder, IReadOnlyList<(string Heading, int Start)> Sections)
{
    /// <summary>
    /// The page's result: the index's snippet (else one made here), linked to the section whose heading has a marked
    /// word, else to the section the snippet was taken from.
    /// </summary>
    public SearchHit Hit(SearchIndexHit hit, SearchQuery query)
    {
        var pieces = hit.Snippet ?? WordHighlighter.Snippet(Body, query) ?? [new TextPiece(Summary, false)];
        var snippet = string.Concat(pieces.Select(p => p.Text));
        var marked = pieces.Where(p => p.IsMatch).Select(p => p.Text).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var heading = Sections.FirstOrDefault(s => marked.Count > 0 && WordHighlighter.Mark(s.Heading, marked).Any(p => p.IsMatch)).Heading;
        if (heading is null && pieces.Any(p => p.IsMatch))
        {
            var core = snippet.Trim('…');
            var at = Body.IndexOf(core, StringComparison.Ordinal);
            var firstMark = at < 0 ? -1 : at + pieces.TakeWhile(p => !p.IsMatch).Sum(p => p.Text.Length) - (snippet.Length - snippet.TrimStart('…').Length);
            heading = Sections.LastOrDefault(s => firstMark >= 0 && s.Start <= firstMark).Heading;
        }

        return new SearchHit(Slug, Title, snippet, heading is null ? null : SectionAnchors.For(heading), pieces);
    }
}

/// <summary>A glossary term as search reads it: its long form and definition as one text.</summary>
internal sealed record SearchableTerm(string Term, string Text);
