using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ImgPortal.BrowserTests.Infrastructure;

/// <summary>
/// The one way the browser tests run axe. It waits for the page's load event first: right after a click
/// navigates, the new heading can be in the DOM before the portal's stylesheet applies, and axe would then
/// measure Bootstrap's default link color instead of the portal's (a contrast failure no visitor sees).
/// </summary>
public static class Axe
{
    /// <summary>The page's violations, each described with its rule, impact, help and the elements it was found on.</summary>
    public static async Task<IReadOnlyList<string>> ScanAsync(IPage page)
    {
        var result = await RunAsync(page);
        return result.Violations.Select(v => Describe(page, v)).ToList();
    }

    /// <summary>Runs axe once the page has loaded; fails with every violation described when there is one.</summary>
    public static async Task<AxeResult> AssertNoViolationsAsync(IPage page)
    {
        var result = await RunAsync(page);
        Assert.True(
            result.Violations.Length == 0,
            $"axe found {result.Violations.Length} violation(s) on {page.Url}:{Environment.NewLine}"
                + string.Join(Environment.NewLine, result.Violations.Select(v => Describe(page, v))));
        return result;
    }

    private static async Task<AxeResult> RunAsync(IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.Load);
        return await page.RunAxe();
    }

    private static string Describe(IPage page, AxeResultItem violation)
    {
        var text = new StringBuilder($"- {page.Url}: {violation.Id} ({violation.Impact}): {violation.Help}");
        foreach (var node in violation.Nodes)
        {
            var checks = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Select(c => c.Message);
            text.AppendLine().Append($"    at {node.Target} {node.Html}: {string.Join(" / ", checks)}");
        }

        return text.ToString();
    }
}
