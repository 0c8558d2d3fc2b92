using System.Net;
using AngleSharp.Html.Dom;
using ImgPortal.TestSupport;
using ImgPortal.Web.Resilience;

namespace ImgPortal.FunctionalTests.Resilience;

/// <summary>
/// The busy-write tests' two steps: post while another writer holds the lock, then check what a person sees, the page
/// again with 503, Retry-After, <see cref="BusyFormFilter.Message"/> and each field as typed (ADR 0104).
/// </summary>
internal static class BusyPage
{
    /// <summary>Runs <paramref name="post"/> while another connection holds the database's write lock.</summary>
    public static async Task<HtmlPage> WhileLockedAsync(PortalFactory factory, Func<Task<HtmlPage>> post)
    {
        await using (await DatabaseLock.WriteLockAsync(factory))
        {
            return await post();
        }
    }

    /// <summary>
    /// 503 with Retry-After, the busy message as the only message (a second run of the action that met its own unsaved
    /// change would add a false one, e.g. "This pairing is ended"), and each field (found by CSS selector) holding what was typed.
    /// </summary>
    public static void AssertShownAgain(HtmlPage page, params (string Selector, string Value)[] typed)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.Status);
        Assert.NotNull(page.Response.Headers.RetryAfter);
        Assert.Equal([BusyFormFilter.Message], page.ValidationMessages);
        foreach (var (selector, value) in typed)
        {
            Assert.Equal(value, ValueOf(page, selector));
        }
    }

    /// <summary>What the field found by <paramref name="selector"/> holds (a text area, a choice or an input).</summary>
    public static string? ValueOf(HtmlPage page, string selector) =>
        page.Document.QuerySelector(selector) switch
        {
            IHtmlTextAreaElement area => area.Value,
            IHtmlSelectElement select => select.Value,
            IHtmlInputElement input => input.Value,
            _ => null,
        };
}
