using Microsoft.Playwright;

namespace ImgPortal.BrowserTests.Infrastructure;

/// <summary>
/// Measures what a person sees as a broken layout: a word in a table cell, caption or heading split over two
/// lines, and a page wider than the window. Also writes the page's screenshot where a person can look at it.
/// </summary>
public static class LayoutProbe
{
    /// <summary>
    /// Every word of every visible table cell, caption and heading, as a DOM Range over its text. A word
    /// laid out on one line has client rects that all share one line box; a word the browser broke has rects
    /// on two lines (tops further apart than a couple of pixels). Words are the runs between the places a
    /// line may break anyway (spaces, hyphens, dashes, slashes), so "J-1" wrapping after its hyphen is fine.
    /// Geometry, not CSS, is measured: whatever rule causes the break (overflow-wrap, word-break, a fixed
    /// column width), the test sees it.
    /// </summary>
    private const string BrokenWordsScript =
        """
        () => {
          const found = [];
          for (const el of document.querySelectorAll('th, td, caption, h1, h2, h3, h4, h5, h6')) {
            if (el.getClientRects().length === 0) continue;
            const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const text = node.textContent;
              const words = /[^\s\-\u2010-\u2015\/]+/g;
              for (let m = words.exec(text); m; m = words.exec(text)) {
                const range = document.createRange();
                range.setStart(node, m.index);
                range.setEnd(node, m.index + m[0].length);
                const tops = [...range.getClientRects()].filter(r => r.width > 0).map(r => r.top);
                if (tops.length > 1 && Math.max(...tops) - Math.min(...tops) > 2) {
                  found.push(`<${el.tagName.toLowerCase()}> "${m[0]}" in "${el.textContent.trim().replace(/\s+/g, ' ').slice(0, 60)}"`);
                }
              }
            }
          }
          return found;
        }
        """;

    public static async Task<IReadOnlyList<string>> BrokenWordsAsync(IPage page) =>
        await page.EvaluateAsync<string[]>(BrokenWordsScript);

    /// <summary>How many pixels the page is wider than the window (0 when it does not scroll sideways).</summary>
    public static async Task<int> SidewaysOverflowAsync(IPage page) =>
        await page.EvaluateAsync<int>("() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth)");

    /// <summary>Writes a full-page PNG to <c>artifacts/test-results/screenshots/</c> in the repository.</summary>
    public static async Task ScreenshotAsync(IPage page, string name, int width)
    {
        var folder = Path.Combine(RepositoryRoot(), "artifacts", "test-results", "screenshots");
        Directory.CreateDirectory(folder);
        var file = new string([.. name.Trim('/').Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(folder, $"{(file.Length == 0 ? "home" : file)}-{width}.png"),
            FullPage = true,
        });
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ImgPortal.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ImgPortal.sln not found above " + AppContext.BaseDirectory);
    }
}
