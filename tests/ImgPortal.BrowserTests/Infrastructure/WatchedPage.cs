using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace ImgPortal.BrowserTests.Infrastructure;

/// <summary>
/// A browser page that records what a person would never see but a broken page shows: console errors
/// (a Content-Security-Policy violation among them), uncaught script errors, requests that failed and
/// same-origin responses of 400 or more. A page's own document status is the test's to assert.
/// </summary>
public sealed class WatchedPage : IAsyncDisposable
{
    private const string FailedResourceMessage = "Failed to load resource";

    private readonly IBrowserContext _context;
    private readonly Uri _origin;
    private readonly ConcurrentQueue<string> _problems = new();
    private readonly ConcurrentDictionary<string, byte> _documents = new(StringComparer.Ordinal);

    public WatchedPage(IBrowserContext context, IPage page, Uri origin)
    {
        _context = context;
        _origin = origin;
        Page = page;
        page.Console += OnConsole;
        page.PageError += (_, error) => _problems.Enqueue($"uncaught script error: {error}");
        page.RequestFailed += OnRequestFailed;
        page.Response += OnResponse;
    }

    public IPage Page { get; }

    /// <summary>Everything that went wrong so far, one line each.</summary>
    public IReadOnlyList<string> Problems => [.. _problems];

    /// <summary>Opens <paramref name="path"/> (relative to the portal) and waits for it to load.</summary>
    /// <param name="path">The page, e.g. <c>/residency</c>.</param>
    /// <param name="waitUntil">How long to wait: <c>NetworkIdle</c> also lets late requests (the icon) finish.</param>
    public async Task<IResponse> GotoAsync(string path, WaitUntilState waitUntil = WaitUntilState.Load)
    {
        var response = await Page.GotoAsync(path, new PageGotoOptions { WaitUntil = waitUntil });
        return response ?? throw new InvalidOperationException($"Opening {path} gave no response.");
    }

    /// <summary>
    /// Stylesheets the browser loaded but could not use: an empty body or a wrong Content-Type (refused under
    /// <c>X-Content-Type-Options: nosniff</c>) shows as a sheet without rules, and Chromium logs nothing for it.
    /// </summary>
    public async Task<IReadOnlyList<string>> UnusableStylesheetsAsync() =>
        await Page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('link[rel=stylesheet]')]
                .filter(link => !link.sheet || link.sheet.cssRules.length === 0)
                .map(link => link.href)
            """);

    /// <summary>The problems as a message for an assertion.</summary>
    public string Describe() =>
        $"{Page.Url} had {_problems.Count} problem(s):{Environment.NewLine}  "
        + string.Join(Environment.NewLine + "  ", _problems);

    public async ValueTask DisposeAsync() => await _context.CloseAsync();

    private void OnConsole(object? sender, IConsoleMessage message)
    {
        if (message.Type != "error")
        {
            return;
        }

        // Chromium also logs a document's own error status ("Failed to load resource ... 404") as a console
        // error; the 404 page is meant to answer 404, and each test asserts the document status itself.
        if (message.Text.StartsWith(FailedResourceMessage, StringComparison.Ordinal) && IsDocument(message.Location))
        {
            return;
        }

        _problems.Enqueue($"console error: {message.Text} (at {message.Location})");
    }

    private void OnRequestFailed(object? sender, IRequest request)
    {
        // A request the browser itself cancelled (the test clicked a link while the icon was still loading) is
        // not a fault of the page; a missing file answers 404 and a blocked one logs a console error instead.
        if (request.Failure == "net::ERR_ABORTED")
        {
            return;
        }

        _problems.Enqueue($"request failed: {request.Method} {request.Url} ({request.Failure})");
    }

    private void OnResponse(object? sender, IResponse response)
    {
        if (response.Request.IsNavigationRequest)
        {
            _documents.TryAdd(response.Url, 0);
            return;
        }

        if (response.Status >= 400 && IsSameOrigin(response.Url))
        {
            _problems.Enqueue($"HTTP {response.Status}: {response.Request.Method} {response.Url}");
        }
    }

    /// <summary>Whether a console location (<c>url:line:column</c>) is one of the page's own documents.</summary>
    private bool IsDocument(string location) =>
        _documents.Keys.Any(url => location == url || location.StartsWith(url + ":", StringComparison.Ordinal));

    private bool IsSameOrigin(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && Uri.Compare(uri, _origin, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;
}
