using System.Net;
using ImgPortal.Core.Common;
using ImgPortal.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ImgPortal.FunctionalTests.Security;

public sealed class SecurityHeadersTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData(Roles.Member, "/profile")]
    [InlineData(Roles.Member, "/roadmap")]
    [InlineData(Roles.Member, "/roadmap/calendar.ics")]
    [InlineData(Roles.Member, "/mentoring/dashboard")]
    [InlineData(Roles.Member, "/Identity/Account/Manage")]
    [InlineData(Roles.Member, "/Identity/Account/Manage/PersonalData")]
    [InlineData(Roles.Staff, "/staff")]
    [InlineData(Roles.Staff, "/staff/members")]
    [InlineData(Roles.Staff, "/staff/members/export.csv")]
    public async Task PersonalPages_SignedIn_AreNeverStored(string role, string url)
    {
        var client = await PortalClient.AsRoleAsync(factory, role);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{url} has Cache-Control: {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task DownloadPersonalData_IsNeverStored()
    {
        var client = await PortalClient.AsRoleAsync(factory, Roles.Member);
        var page = await HtmlPage.GetAsync(client, "/Identity/Account/Manage/PersonalData");

        var response = await client.PostAsync(
            "/Identity/Account/Manage/DownloadPersonalData",
            new FormUrlEncodedContent([new("__RequestVerificationToken", page.AntiforgeryToken)]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task AnyPage_HasAPermissionsPolicy()
    {
        var response = await PortalClient.Anonymous(factory).GetAsync("/");

        Assert.Contains("camera=()", string.Join(",", response.Headers.GetValues("Permissions-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutsideDevelopment_ByDefault_CookiesAreSecureAndHttpsGetsHsts()
    {
        // The real default: no Security:SecureCookies override.
        using var production = new PortalFactory().With("Security:SecureCookies", null);
        var client = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        var response = await client.GetAsync("/Identity/Account/Login");

        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.Contains("; secure", StringComparison.OrdinalIgnoreCase));
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }
}
