using System.Text.RegularExpressions;
using AngleSharp.Dom;
using ImgPortal.FunctionalTests.Access;
using ImgPortal.TestSupport;

namespace ImgPortal.FunctionalTests.Performance;

/// <summary>
/// The layout links Bootstrap trimmed by <c>scripts/build-css.sh</c> (ADR 0061). A rule of the full Bootstrap that
/// applies to an element of a page, but that the trimmed copy lost, would change how the page looks: every page each
/// role may open is checked against both stylesheets.
/// </summary>
public sealed partial class TrimmedBootstrapTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    private const string FullBootstrap = "/lib/bootstrap/dist/css/bootstrap.min.css";
    private const string TrimmedBootstrap = "/css/bootstrap-portal.min.css";

    [Fact]
    public async Task EveryPage_EachRoleThatMayOpenIt_FindsEachBootstrapRuleItMatchesInTheTrimmedStylesheet()
    {
        var anonymous = world.ClientFor("anonymous");
        var full = SelectorsIn(await anonymous.GetStringAsync(FullBootstrap));
        var trimmed = SelectorsIn(await anonymous.GetStringAsync(TrimmedBootstrap)).ToHashSet(StringComparer.Ordinal);
        var candidates = full.Where(s => !trimmed.Contains(s)).Select(s => (Selector: s, Element: ElementPart(s))).ToList();
        var lost = new SortedSet<string>(StringComparer.Ordinal);
        var checkedPages = 0;

        foreach (var rule in AccessTable.Rules.Where(r => r.Endpoint.Method is "GET" or PortalEndpoints.PageMethod))
        {
            foreach (var role in AccessTable.Roles.Where(role => rule.Outcomes[role] == "ok"))
            {
                var page = await HtmlPage.GetAsync(world.ClientFor(role), world.Resolve(rule.SampleUrl));
                if (page.Response.Content.Headers.ContentType?.MediaType != "text/html")
                {
                    continue;
                }

                checkedPages++;
                foreach (var (selector, element) in candidates)
                {
                    if (Matches(page.Document, element))
                    {
                        lost.Add($"{selector} ({role} at {rule.SampleUrl})");
                    }
                }
            }
        }

        Assert.True(checkedPages > 50, $"Only {checkedPages} pages were checked.");
        Assert.True(full.Count > 1000 && trimmed.Count > 300, $"Selectors read: {full.Count} in the full, {trimmed.Count} in the trimmed stylesheet.");
        Assert.True(lost.Count == 0, "Bootstrap rules that apply to these pages but that the trimmed stylesheet lacks (run bash scripts/build-css.sh):\n" + string.Join('\n', lost));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/residency")]
    public async Task PublicPage_Anonymous_LinksTheTrimmedBootstrapAndOnlyDeferredScripts(string path)
    {
        var page = await HtmlPage.GetAsync(world.ClientFor("anonymous"), path);

        var stylesheets = page.Document.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href") ?? string.Empty).ToList();
        var scripts = page.Document.QuerySelectorAll("script").ToList();

        Assert.Contains(stylesheets, href => href.StartsWith("/css/bootstrap-portal", StringComparison.Ordinal));
        Assert.DoesNotContain(stylesheets, href => href.StartsWith("/lib/bootstrap/", StringComparison.Ordinal));
        var collapse = Assert.Single(scripts);
        Assert.StartsWith("/js/collapse", collapse.GetAttribute("src"), StringComparison.Ordinal);
        Assert.True(collapse.HasAttribute("defer"), "The menu script holds up the first paint: it is not deferred.");
    }

    /// <summary>Every selector of a minified stylesheet's style rules (at-rules and keyframe steps left out).</summary>
    private static List<string> SelectorsIn(string css)
    {
        var selectors = new List<string>();
        foreach (Match rule in RulePrelude().Matches(Comment().Replace(css, string.Empty)))
        {
            var prelude = rule.Groups[1].Value.Trim();
            if (prelude.Length == 0 || prelude.StartsWith('@') || KeyframeStep().IsMatch(prelude))
            {
                continue;
            }

            selectors.AddRange(SplitList(prelude));
        }

        return selectors;
    }

    /// <summary>A selector list split at its top-level commas (not those inside <c>:not(…)</c> or <c>:is(…)</c>).</summary>
    private static IEnumerable<string> SplitList(string list)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < list.Length; i++)
        {
            depth += list[i] switch { '(' or '[' => 1, ')' or ']' => -1, _ => 0 };
            if (list[i] == ',' && depth == 0)
            {
                yield return list[start..i].Trim();
                start = i + 1;
            }
        }

        yield return list[start..].Trim();
    }

    /// <summary>
    /// The selector without its pseudo-classes and pseudo-elements (hover, focus, ::after, :not(…)…): which elements
    /// it can style whatever their state. Broader than the selector, so a lost rule is never missed.
    /// </summary>
    private static string ElementPart(string selector) => Pseudo().Replace(selector, string.Empty);

    private static bool Matches(IDocument document, string element)
    {
        if (element.Length == 0 || element.EndsWith('>') || element.EndsWith('+') || element.EndsWith('~'))
        {
            element += "*";
        }

        try
        {
            return document.QuerySelector(element) is not null;
        }
        catch (DomException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"([^{}]*)\{")]
    private static partial Regex RulePrelude();

    [GeneratedRegex(@"^(from|to|\d+(\.\d+)?%)(,\s*(from|to|\d+(\.\d+)?%))*$")]
    private static partial Regex KeyframeStep();

    [GeneratedRegex(@"::?[A-Za-z-]+(\((?:[^()]|\([^()]*\))*\))?")]
    private static partial Regex Pseudo();
}
