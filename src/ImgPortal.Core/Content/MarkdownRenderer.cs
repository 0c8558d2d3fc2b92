using AngleSharp.Html.Parser;
using Ganss.Xss;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace ImgPortal.Core.Content;

public sealed class MarkdownRenderer : IMarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseAutoLinks()
        .UseAutoIdentifiers()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public string Render(string markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return string.Empty;
        }

        var document = Markdown.Parse(markdown, _pipeline);
        var ownIds = document.Descendants<HeadingBlock>()
            .Select(h => h.GetAttributes().Id)
            .OfType<string>()
            .ToList();
        var html = _sanitizer.Sanitize(document.ToHtml(_pipeline));
        return KeepOnlyOwnIds(html, ownIds).Trim();
    }

    /// <summary>
    /// The only ids left are those the portal gave its headings (the anchors of the page's sections); an id typed by
    /// staff in raw HTML could clash with the page's own elements or aim a link or script at them, so it goes.
    /// </summary>
    private static string KeepOnlyOwnIds(string html, List<string> ownIds)
    {
        if (!html.Contains(" id=", StringComparison.Ordinal))
        {
            return html;
        }

        var container = new HtmlParser().ParseDocument("<body>" + html + "</body>").Body!;
        var remaining = ownIds.ToList();
        foreach (var element in container.QuerySelectorAll("[id]"))
        {
            var isHeading = element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
            if (!isHeading || !remaining.Remove(element.Id!))
            {
                element.RemoveAttribute("id");
            }
        }

        return container.InnerHtml;
    }

    public string ToPlainText(string markdown) =>
        string.IsNullOrWhiteSpace(markdown)
            ? string.Empty
            : Markdown.ToPlainText(markdown, _pipeline).Trim();

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto", "tel" })
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }

        // Heading ids are kept here and then only where the portal made them (KeepOnlyOwnIds); name and target
        // (a link that opens a window the portal did not ask for) are never staff's to set.
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Remove("name");
        sanitizer.AllowedAttributes.Remove("target");

        // A protocol-relative (//host) or backslashed (/\host, \\host) address leaves the portal under a relative look.
        sanitizer.FilterUrl += (_, e) =>
        {
            var url = e.OriginalUrl.Trim();
            if (url.StartsWith("//", StringComparison.Ordinal) || url.Contains('\\', StringComparison.Ordinal))
            {
                e.SanitizedUrl = null;
            }
        };
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedTags.Remove("input");
        sanitizer.AllowedTags.Remove("button");
        sanitizer.AllowedTags.Remove("textarea");
        sanitizer.AllowedTags.Remove("select");
        sanitizer.AllowedTags.Remove("style");
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowDataAttributes = false;
        return sanitizer;
    }
}
