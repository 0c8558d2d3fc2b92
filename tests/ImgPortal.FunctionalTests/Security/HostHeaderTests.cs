using System.Net;
using ImgPortal.TestSupport;

namespace ImgPortal.FunctionalTests.Security;

public sealed class HostHeaderTests
{
    [Fact]
    public async Task ForgotPassword_WithAForgedHostHeader_EmailsALinkOnTheConfiguredAddress()
    {
        // AllowedHosts "*" as if a proxy passed any Host through: the link must still not follow it.
        using var factory = new PortalFactory()
            .With("AllowedHosts", "*")
            .With("Portal:PublicBaseUrl", "https://portal.example.org");
        var email = $"victim-{Guid.NewGuid():N}@test.example";
        await factory.CreateUserAsync(email);
        var client = PortalClient.Anonymous(factory);
        var form = await HtmlPage.GetAsync(client, "/Identity/Account/ForgotPassword");

        var request = new HttpRequestMessage(HttpMethod.Post, "/Identity/Account/ForgotPassword")
        {
            Content = new FormUrlEncodedContent(
            [
                new("Input.Email", email),
                new("__RequestVerificationToken", form.AntiforgeryToken),
            ]),
        };
        request.Headers.Host = "evil.example";
        request.Headers.Add("X-Forwarded-Host", "evil.example");
        var response = await client.SendAsync(request);
        await factory.Mailbox.WaitForAsync(email);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var link = factory.Mailbox.LinkIn(email, "resetpassword");
        Assert.Equal("portal.example.org", link.Host);
        Assert.Equal("https", link.Scheme);
        Assert.DoesNotContain("evil.example", factory.Mailbox.MessagesTo(email).Single().HtmlBody, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Register_WithAForgedHostHeader_EmailsAConfirmationLinkOnTheConfiguredAddress()
    {
        using var factory = new PortalFactory()
            .With("AllowedHosts", "*")
            .With("Portal:PublicBaseUrl", "https://portal.example.org");
        var email = $"new-{Guid.NewGuid():N}@test.example";
        var client = PortalClient.Anonymous(factory);
        var form = await HtmlPage.GetAsync(client, "/Identity/Account/Register");

        var request = new HttpRequestMessage(HttpMethod.Post, "/Identity/Account/Register")
        {
            Content = new FormUrlEncodedContent(
            [
                new("Input.DisplayName", "Ada"),
                new("Input.Email", email),
                new("Input.Password", "plum orchard under winter light"),
                new("Input.ConfirmPassword", "plum orchard under winter light"),
                new("__RequestVerificationToken", form.AntiforgeryToken),
            ]),
        };
        request.Headers.Host = "evil.example";
        await client.SendAsync(request);

        Assert.Equal("portal.example.org", factory.Mailbox.LinkIn(email, "confirmemail").Host);
    }

    [Fact]
    public async Task AnyPage_WithAHostOutsideAllowedHosts_IsRefusedWith400()
    {
        using var factory = new PortalFactory();
        var client = PortalClient.Anonymous(factory);
        var request = new HttpRequestMessage(HttpMethod.Get, "/Identity/Account/ForgotPassword");
        request.Headers.Host = "evil.example";

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/residency")]
    [InlineData("/Identity/Account/Login")]
    public async Task AnyPage_WithAHostOutsideAllowedHosts_GetsThePortals400PageWithItsSecurityHeaders(string url)
    {
        using var factory = new PortalFactory();
        var client = PortalClient.Anonymous(factory);
        await client.GetAsync(url);
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = "evil.example";

        var page = await HtmlPage.ParseAsync(await client.SendAsync(request));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("We could not complete that request", page.Heading);
        Assert.Equal("DENY", string.Join(",", page.Response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", string.Join(",", page.Response.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(page.Response.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task ForwardedHeaders_FromAnUnknownProxy_AreIgnored()
    {
        using var factory = new PortalFactory().With("AllowedHosts", "*");
        var client = PortalClient.Anonymous(factory);
        var request = new HttpRequestMessage(HttpMethod.Get, "/Identity/Account/Login");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");

        var response = await client.SendAsync(request);

        // Had the forwarded scheme been believed, HSTS (outside Development, on https) would be sent.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }
}
