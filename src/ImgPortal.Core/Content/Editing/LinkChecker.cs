using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ImgPortal.Core.Content.Editing;

/// <summary>
/// Lists the links in a draft that visitors would find broken or unsafe, before it is published: http: (not
/// secure), javascript:/data: and other schemes the sanitizer drops, addresses without a scheme, and portal paths
/// that are no published page or fixed route (retired pages with a redirect are a warning naming the target).
/// Nothing is fetched: https links to other sites are taken as they are.
/// </summary>
public static partial class LinkChecker
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAutoLinks().Build();

    private static readonly HashSet<string> KeptSchemes = new(StringComparer.OrdinalIgnoreCase) { "https", "http", "mailto", "tel" };

    private static readonly HashSet<string> ScriptSchemes = new(StringComparer.OrdinalIgnoreCase) { "javascript", "data", "vbscript" };

    /// <summary>The problems in <paramref name="content"/>'s body and sections, in reading order.</summary>
    public static IReadOnlyList<LinkProblem> Check(PageContent content, LinkTargets targets)
    {
        var problems = new List<LinkProblem>();
        problems.AddRange(CheckMarkdown("Body", content.BodyMarkdown, targets));
        for (var i = 0; i < content.Sections.Count; i++)
        {
            var section = content.Sections[i];
            problems.AddRange(CheckMarkdown($"Section {i + 1}, “{section.Heading}”", section.BodyMarkdown, targets));
        }

        return problems;
    }

    /// <summary>What is wrong with one address, or null when it is fine: (broken, message).</summary>
    public static (bool Broken, string Message)? Problem(string address, LinkTargets targets)
    {
        var url = address.Trim();
        if (url.Length == 0)
        {
            return (true, "The link has no address.");
        }

        if (url.StartsWith('#'))
        {
            return null;
        }

        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            return (true, "Write the whole address, starting with https://.");
        }

        if (url.StartsWith('/'))
        {
            return PortalPathProblem(url, targets);
        }

        var scheme = Scheme().Match(url);
        if (!scheme.Success)
        {
            return (true, "Write the whole address: https://… for another site, or /… for a page of the portal.");
        }

        var name = scheme.Groups[1].Value;
        if (ScriptSchemes.Contains(name))
        {
            return (true, $"Removed when published: {name.ToLowerInvariant()}: links never reach visitors (the sanitizer drops them).");
        }

        if (!KeptSchemes.Contains(name))
        {
            return (true, $"Removed when published: only https, http, mailto and tel links are kept, not {name.ToLowerInvariant()}:.");
        }

        if (name.Equals("mailto", StringComparison.OrdinalIgnoreCase) || name.Equals("tel", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host) || !uri.Host.Contains('.', StringComparison.Ordinal))
        {
            return (true, "Not a complete web address: give the site's name after https://.");
        }

        return name.Equals("http", StringComparison.OrdinalIgnoreCase)
            ? (false, "Not secure (http:): use the https:// address if the site has one.")
            : null;
    }

    private static (bool Broken, string Message)? PortalPathProblem(string url, LinkTargets targets)
    {
        var path = url.Split('#', 2)[0].Split('?', 2)[0].TrimEnd('/');
        if (path.Length == 0)
        {
            return null;
        }

        var segments = path.TrimStart('/').Split('/');
        var first = Uri.UnescapeDataString(segments[0]);
        if (targets.IsFixedRoute(first))
        {
            return null;
        }

        if (segments.Length == 1)
        {
            var slug = first.ToLowerInvariant();
            if (targets.Published.Contains(slug))
            {
                return null;
            }

            if (targets.Retired.TryGetValue(slug, out var redirect))
            {
                return redirect is null
                    ? (true, $"/{slug} is retired: visitors are told the page is gone.")
                    : (false, $"/{slug} is retired: visitors are sent on to {redirect}. Link to {redirect} instead.");
            }

            if (targets.NotYetPublished.Contains(slug))
            {
                return (false, $"/{slug} is not published yet: visitors get “page not found” until it is.");
            }
        }

        return (true, "No page of the portal answers at this address.");
    }

    private static IEnumerable<LinkProblem> CheckMarkdown(string place, string markdown, LinkTargets targets)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            yield break;
        }

        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var inline in document.Descendants<Inline>())
        {
            var (text, address) = inline switch
            {
                LinkInline link => (TextOf(link), link.Url ?? string.Empty),
                AutolinkInline auto => (auto.Url, auto.IsEmail ? "mailto:" + auto.Url : auto.Url),
                HtmlInline html when Href().Match(html.Tag) is { Success: true } href => (string.Empty, href.Groups[1].Value),
                _ => (null, null),
            };
            if (address is null)
            {
                continue;
            }

            if (Problem(address, targets) is { } problem)
            {
                yield return new LinkProblem(place, string.IsNullOrWhiteSpace(text) ? address : text!, address, problem.Broken, problem.Message);
            }
        }
    }

    private static string TextOf(ContainerInline container)
    {
        var text = new StringBuilder();
        foreach (var child in container.Descendants<LiteralInline>())
        {
            text.Append(child.Content.ToString());
        }

        return text.ToString().Trim();
    }

    [GeneratedRegex("^([a-zA-Z][a-zA-Z0-9+.-]*):")]
    private static partial Regex Scheme();

    [GeneratedRegex("""^<a\s[^>]*href\s*=\s*["']?([^"' >]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex Href();
}
