using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using ImgPortal.BrowserTests.Infrastructure;

namespace ImgPortal.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    [Theory]
    [MemberData(nameof(PortalPages.All), MemberType = typeof(PortalPages))]
    public async Task RunAxe_PublicPageAtDesktopWidth_FindsNoViolations(string path)
    {
        await using var page = await browser.OpenPageAsync(BrowserFixture.Desktop);
        await page.GotoAsync(path);

        var result = await page.Page.RunAxe();

        Assert.NotEmpty(result.Passes);
        Assert.True(result.Violations.Length == 0, Describe(path, result));
    }

    [Theory]
    [MemberData(nameof(PortalPages.All), MemberType = typeof(PortalPages))]
    public async Task RunAxe_PublicPageAtPhoneWidth_FindsNoViolations(string path)
    {
        await using var page = await browser.OpenPageAsync(BrowserFixture.Phone);
        await page.GotoAsync(path);

        var result = await page.Page.RunAxe();

        Assert.NotEmpty(result.Passes);
        Assert.True(result.Violations.Length == 0, Describe(path, result));
    }

    /// <summary>Each violation with its rule, impact, help and the elements it was found on.</summary>
    private static string Describe(string path, AxeResult result)
    {
        var message = new StringBuilder($"axe found {result.Violations.Length} violation(s) on {path}:");
        foreach (var violation in result.Violations)
        {
            message.AppendLine().Append($"- {violation.Id} ({violation.Impact}): {violation.Help} <{violation.HelpUrl}>");
            foreach (var node in violation.Nodes)
            {
                var checks = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Select(c => c.Message);
                message.AppendLine().Append($"    at {node.Target} {node.Html}: {string.Join(" / ", checks)}");
            }
        }

        return message.ToString();
    }
}
