using System.Net;
using ImgPortal.FunctionalTests.Staff;
using ImgPortal.FunctionalTests.Staff.Records;
using ImgPortal.TestSupport;

namespace ImgPortal.FunctionalTests.Scaling;

/// <summary>
/// Two instances as two operating-system processes (<see cref="TwoPortalProcesses"/>) over one SQLite file and
/// one Redis server, talked to over real HTTP on loopback, as a load balancer would.
/// </summary>
public sealed class TwoProcessesTests(TwoPortalProcesses portals) : IClassFixture<TwoPortalProcesses>
{
    [Fact]
    public async Task LogIn_ThroughTheFirstProcess_IsSignedInOnTheSecond()
    {
        var cookies = new CookieContainer();
        using var first = portals.First.Client(cookies);
        using var second = portals.Second.Client(cookies);

        await PortalClient.LogInAsync(first, TwoPortalProcesses.AdminEmail, TwoPortalProcesses.AdminPassword);
        var home = await HtmlPage.GetAsync(second, "/");

        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.NotNull(home.Document.QuerySelector("form#logout-form"));
    }

    [Fact]
    public async Task AnyAnswer_FromTheRealServer_DoesNotNameTheServerSoftware()
    {
        using var client = portals.First.Client(new CookieContainer());

        var home = await HtmlPage.GetAsync(client, "/");

        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.False(home.Response.Headers.Contains("Server"), "The answer names the server: " + home.Response.Headers.Server);
    }

    [Fact]
    public async Task ContactSavedThroughTheFirstProcess_PageCachedByTheSecond_IsFreshAtOnce()
    {
        using var visitor = portals.Second.Client(new CookieContainer());
        await HtmlPage.GetAsync(visitor, "/contact");
        var before = await HtmlPage.GetAsync(visitor, "/contact"); // Served from the shared output cache.
        using var staff = portals.First.Client(new CookieContainer());
        await PortalClient.LogInAsync(staff, TwoPortalProcesses.AdminEmail, TwoPortalProcesses.AdminPassword);
        var office = $"Office {Guid.NewGuid():N}";

        var saved = await (await HtmlPage.GetAsync(staff, "/staff/contacts/0"))
            .SubmitAllAsync(staff, "#record-form", RecordCases.All["contacts"].Valid(office));
        var after = await HtmlPage.GetAsync(visitor, "/contact");

        Assert.Contains($"Saved {office}.", saved.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain(office, before.MainText, StringComparison.Ordinal);
        Assert.Contains(office, after.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueuedEmail_BothProcessesRunningTheOutbox_IsSentOnce()
    {
        using var client = portals.First.Client(new CookieContainer());
        var form = await HtmlPage.GetAsync(client, "/Identity/Account/ForgotPassword");

        await form.SubmitAsync(client, new Dictionary<string, string> { ["Input.Email"] = TwoPortalProcesses.AdminEmail });
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (portals.Mailbox.MessagesTo(TwoPortalProcesses.AdminEmail).Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }

        await Task.Delay(TimeSpan.FromSeconds(4)); // Several more polls of both outboxes (every second each).

        Assert.Single(portals.Mailbox.MessagesTo(TwoPortalProcesses.AdminEmail));
    }

    [Fact]
    public async Task Register_PostsSpreadOverBothProcesses_AreCountedTogether()
    {
        var clients = new[] { portals.First.Client(new CookieContainer()), portals.Second.Client(new CookieContainer()) };
        var forms = new[]
        {
            await HtmlPage.GetAsync(clients[0], "/Identity/Account/Register"),
            await HtmlPage.GetAsync(clients[1], "/Identity/Account/Register"),
        };
        var empty = new Dictionary<string, string> { ["Input.Email"] = string.Empty };

        for (var i = 0; i < TwoPortalProcesses.RegisterLimit; i++)
        {
            var allowed = await forms[i % 2].SubmitAsync(clients[i % 2], empty);
            Assert.Equal(HttpStatusCode.OK, allowed.Status);
        }

        var refusedByFirst = await forms[0].SubmitAsync(clients[0], empty);
        var refusedBySecond = await forms[1].SubmitAsync(clients[1], empty);

        Assert.Equal(HttpStatusCode.TooManyRequests, refusedByFirst.Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedBySecond.Status);
    }
}
