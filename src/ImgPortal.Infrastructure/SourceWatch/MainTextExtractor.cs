using AngleSharp.Html.Parser;
using ImgPortal.Core.SourceWatch;

namespace ImgPortal.Infrastructure.SourceWatch;

/// <summary>
/// A page's main text (AngleSharp): navigation, headers, footers, asides, scripts and styles dropped; the
/// <c>main</c> element (or <c>[role=main]</c>, or the only <c>article</c>) when there is one, else the body; then
/// normalized by <see cref="SourceText"/> so whitespace and the page's own dates are not changes.
/// </summary>
public static class MainTextExtractor
{
    private const string Dropped = "nav, header, footer, aside, script, style, noscript, template, svg, iframe, [role=navigation], [role=banner], [role=contentinfo], [hidden]";

    private const string Blocks = "p, div, li, dt, dd, h1, h2, h3, h4, h5, h6, tr, td, th, br, section, article, blockquote, pre, table, caption";

    private static readonly HtmlParser Parser = new();

    public static string FromHtml(string html)
    {
        using var document = Parser.ParseDocument(html);
        foreach (var element in document.QuerySelectorAll(Dropped).ToList())
        {
            element.Remove();
        }

        var articles = document.QuerySelectorAll("article");
        var root = document.QuerySelector("main, [role=main]")
            ?? (articles.Length == 1 ? articles[0] : null)
            ?? document.Body
            ?? document.DocumentElement;

        // Block boundaries become spaces, so "<p>a</p><p>b</p>" reads "a b", not "ab".
        foreach (var block in root.QuerySelectorAll(Blocks).ToList())
        {
            block.Append(document.CreateTextNode(" "));
        }

        return SourceText.Normalize(root.TextContent);
    }

    public static string FromPlainText(string text) => SourceText.Normalize(text);
}
