using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ImgPortal.Core.Content;

/// <summary>
/// Links the first mention of each organization on a page to its official website, like a glossary link: its
/// full name, its abbreviation or another name staff gave it (<see cref="Organization.Aliases"/>). Text already in a
/// link, a heading or code is left alone. The sanitized page HTML goes in and comes out; only <c>http(s)</c>
/// addresses are ever linked.
/// </summary>
public sealed class OrganizationLinker
{
    private static readonly HashSet<string> SkippedElements =
        new(StringComparer.OrdinalIgnoreCase) { "A", "H1", "H2", "H3", "H4", "H5", "H6", "CODE", "PRE", "SCRIPT", "STYLE" };

    private readonly List<(Regex Pattern, OrganizationDetail Organization)> _terms;
    private readonly HashSet<OrganizationDetail> _linked = [];
    private readonly HtmlParser _parser = new();

    /// <param name="organizations">The organizations to link; those without an http(s) website are ignored.</param>
    public OrganizationLinker(IEnumerable<OrganizationDetail> organizations)
    {
        _terms = organizations
            .Where(o => IsWebAddress(o.WebsiteUrl))
            .SelectMany(o => NamesOf(o).Select(name => (Name: name, Organization: o)))
            .OrderByDescending(t => t.Name.Length)
            .Select(t => (new Regex(
                @"(?<![\w-])" + Regex.Escape(t.Name) + @"(?![\w-])",
                RegexOptions.CultureInvariant,
                TimeSpan.FromMilliseconds(100)), t.Organization))
            .ToList();
    }

    /// <summary>Links, in <paramref name="html"/>, the organizations not yet linked by an earlier call on this linker
    /// (so call it for the page's parts in reading order: each organization is linked once per page).</summary>
    public string Link(string html)
    {
        if (string.IsNullOrEmpty(html) || _terms.Count == 0)
        {
            return html;
        }

        var document = _parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var body = document.Body!;
        var nodes = _parser.ParseFragment(html, body);
        foreach (var node in nodes.ToList())
        {
            body.AppendChild(node);
        }

        var changed = Walk(document, body);
        return changed ? body.InnerHtml : html;
    }

    /// <summary>Links in reading order; a link staff wrote to an organization's website counts as its mention.</summary>
    private bool Walk(IDocument document, INode node)
    {
        var changed = false;
        foreach (var child in node.ChildNodes.ToList())
        {
            switch (child)
            {
                case IText text:
                    changed |= LinkIn(document, text);
                    break;
                case IElement { TagName: "A" } link:
                    MarkLinked(link.GetAttribute("href"));
                    break;
                case IElement element when !SkippedElements.Contains(element.TagName):
                    changed |= Walk(document, element);
                    break;
            }
        }

        return changed;
    }

    private void MarkLinked(string? href)
    {
        if (string.IsNullOrEmpty(href))
        {
            return;
        }

        foreach (var (_, organization) in _terms)
        {
            if (href.StartsWith(organization.WebsiteUrl, StringComparison.OrdinalIgnoreCase))
            {
                _linked.Add(organization);
            }
        }
    }

    private bool LinkIn(IDocument document, IText text)
    {
        var changed = false;
        var current = text;
        while (true)
        {
            var first = _terms
                .Where(t => !_linked.Contains(t.Organization))
                .Select(t => (Match: t.Pattern.Match(current.Data), t.Organization))
                .Where(m => m.Match.Success)
                .OrderBy(m => m.Match.Index).ThenByDescending(m => m.Match.Length)
                .FirstOrDefault();
            if (first.Match is null)
            {
                return changed;
            }

            var after = current.Split(first.Match.Index);
            var rest = after.Split(first.Match.Length);
            var link = document.CreateElement("a");
            link.SetAttribute("href", first.Organization.WebsiteUrl);
            link.SetAttribute("class", "org-link");
            link.SetAttribute("rel", "noopener");
            link.SetAttribute("title", string.IsNullOrEmpty(first.Organization.Abbreviation)
                ? first.Organization.Name + ": official website"
                : $"{first.Organization.Name} ({first.Organization.Abbreviation}): official website");
            after.Parent!.ReplaceChild(link, after);
            link.AppendChild(after);
            _linked.Add(first.Organization);
            changed = true;
            current = rest;
        }
    }

    private static IEnumerable<string> NamesOf(OrganizationDetail organization) =>
        new[] { organization.Name, organization.Abbreviation }
            .Concat(Organization.SplitAliases(organization.Aliases))
            .Select(n => n.Trim())
            .Where(n => n.Length >= 3)
            .Distinct(StringComparer.Ordinal);

    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
