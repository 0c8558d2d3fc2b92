using Microsoft.Playwright;

namespace ImgPortal.BrowserTests.Infrastructure;

/// <summary>The staff page editor, opened the way a person opens it: from the list of pages.</summary>
public static class PageEditor
{
    /// <summary>
    /// Opens the editor of the page at <paramref name="slug"/> and waits until the page has loaded and its script has
    /// built the Markdown toolbar. Typing any sooner raced the page: the body's text could still be arriving, and what a
    /// test typed was lost to it (the textarea ended with the page's own text, not the typed one).
    /// </summary>
    public static async Task OpenAsync(WatchedPage staff, string slug)
    {
        await staff.GotoAsync("/staff/pages");
        await staff.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = slug }).GetByRole(AriaRole.Link).First.ClickAsync();
        await staff.Page.Locator("#page-editor").WaitForAsync();
        await staff.Page.WaitForLoadStateAsync(LoadState.Load);
        await staff.Page.Locator("#page-editor [role=toolbar]").First.WaitForAsync();
    }
}
