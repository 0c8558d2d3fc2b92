using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ImgPortal.Core.Glossary;

/// <summary>
/// Links the first use of each glossary term on a page to its entry (<c>/glossary#ecfmg</c>). One linker serves
/// one page: run <see cref="Link"/> over the page's HTML fragments in reading order, and a term linked in an
/// earlier fragment is not linked again. Text inside headings, links, code and preformatted blocks is left alone.
/// <para>
/// A term matches as written (so <c>SOAP</c> never links "soap"), as a whole word (so <c>ROL</c> never links
/// "role"); a term of several words also matches with a lowercase first letter ("flex slot"). At one position
/// the longest term wins (<c>USMLE Step 2 CK</c> before a shorter term it starts with).
/// </para>
/// </summary>
public sealed class GlossaryLinker
{
    /// <summary>The class of every link this adds, so styles and tests can find them.</summary>
    public const string LinkClass = "glossary-term";

    private static readonly HashSet<string> SkippedElements =
        new(StringComparer.OrdinalIgnoreCase) { "a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "script", "style", "kbd", "samp" };

    private readonly Dictionary<string, string> _termOfForm = new(StringComparer.Ordinal);
    private readonly HashSet<string> _linked = new(StringComparer.Ordinal);
    private readonly Regex? _pattern;

    public GlossaryLinker(IEnumerable<string> terms)
    {
        foreach (var term in terms.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal))
        {
            _termOfForm.TryAdd(term, term);
            if (term.Contains(' ', StringComparison.Ordinal) && char.IsUpper(term[0]))
            {
                _termOfForm.TryAdd(char.ToLowerInvariant(term[0]) + term[1..], term);
            }
        }

        if (_termOfForm.Count > 0)
        {
            var alternatives = _termOfForm.Keys.OrderByDescending(f => f.Length).ThenBy(f => f, StringComparer.Ordinal).Select(Regex.Escape);
            _pattern = new Regex(
                @"(?<![\p{L}\p{N}])(?:" + string.Join('|', alternatives) + @")(?![\p{L}\p{N}])",
                RegexOptions.CultureInvariant,
                TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>The terms linked so far, as defined in the glossary.</summary>
    public IReadOnlyCollection<string> Linked => _linked;

    /// <summary>
    /// <paramref name="html"/> with the first use of each term not yet linked on this page made a link to its
    /// glossary entry; unchanged when there is none.
    /// </summary>
    public string Link(string html)
    {
        if (_pattern is null || string.IsNullOrEmpty(html) || _linked.Count == _termOfForm.Values.Distinct().Count())
        {
            return html;
        }

        var document = new HtmlParser().ParseDocument(string.Empty);
        var body = document.Body!;
        body.InnerHtml = html;

        var changed = false;
        foreach (var text in TextNodes(body).ToList())
        {
            changed |= LinkIn(document, text);
        }

        return changed ? body.InnerHtml : html;
    }

    private static IEnumerable<IText> TextNodes(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                yield return text;
            }
            else if (child is IElement element && !SkippedElements.Contains(element.LocalName))
            {
                foreach (var inner in TextNodes(element))
                {
                    yield return inner;
                }
            }
        }
    }

    private bool LinkIn(IDocument document, IText text)
    {
        var value = text.Data;
        var pieces = new List<INode>();
        var at = 0;
        foreach (Match match in _pattern!.Matches(value))
        {
            var term = _termOfForm[match.Value];
            if (!_linked.Add(term))
            {
                continue;
            }

            if (match.Index > at)
            {
                pieces.Add(document.CreateTextNode(value[at..match.Index]));
            }

            var link = document.CreateElement("a");
            link.SetAttribute("href", GlossaryAnchors.Href(term));
            link.SetAttribute("class", LinkClass);
            link.TextContent = match.Value;
            pieces.Add(link);
            at = match.Index + match.Length;
        }

        if (pieces.Count == 0)
        {
            return false;
        }

        if (at < value.Length)
        {
            pieces.Add(document.CreateTextNode(value[at..]));
        }

        var parent = text.Parent!;
        foreach (var piece in pieces)
        {
            parent.InsertBefore(piece, text);
        }

        parent.RemoveChild(text);
        return true;
    }
}
