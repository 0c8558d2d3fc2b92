using ImgPortal.TestSupport;
using Microsoft.Playwright;

namespace ImgPortal.BrowserTests.Infrastructure;

/// <summary>
/// One running portal and one headless Chromium for the whole browser collection; each test opens its own
/// context (cookies, storage and viewport of its own) through <see cref="OpenPageAsync"/>.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium: Playwright's own browser download is not available on these machines.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };
    public static readonly ViewportSize Phone = new() { Width = 375, Height = 740 };

    private readonly LivePortalFactory _portal = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>What the portal "sent" (account confirmation links among it).</summary>
    public ImgPortal.TestSupport.PickupMailbox Mailbox => _portal.Mailbox;

    /// <summary>The running portal: its users (<see cref="PortalFactory.CreateUserAsync"/>) and mailbox.</summary>
    public PortalFactory Portal => _portal;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is missing at {ChromiumPath}: run scripts/test.sh, or apt-get install -y chromium.");
        }

        BaseAddress = _portal.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        });
    }

    /// <summary>A page in a fresh context at <paramref name="viewport"/>, watched for console errors and failed requests.</summary>
    public async Task<WatchedPage> OpenPageAsync(ViewportSize viewport)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = viewport,

            // Bootstrap honors prefers-reduced-motion: no collapse or fade transitions, so a click never
            // lands on a menu that is still sliding open, and axe never measures colors mid-transition.
            ReducedMotion = ReducedMotion.Reduce,
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        return new WatchedPage(context, page, BaseAddress);
    }

    /// <summary>Creates a confirmed user in <paramref name="roles"/> on the running portal; the password is <see cref="TestSupport.PortalFactory.Password"/>.</summary>
    public Task<string> CreateUserAsync(string email, params string[] roles) => _portal.CreateUserAsync(email, roles);

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await _portal.DisposeAsync();
    }

    private IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");
}
