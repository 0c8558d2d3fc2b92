using ImgPortal.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ImgPortal.FunctionalTests;

/// <summary>Ways into the portal as a person would use it: anonymous, or logged in through the real login form.</summary>
public static class PortalClient
{
    public static HttpClient Anonymous(PortalFactory factory, bool followRedirects = true) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects });

    /// <summary>Logs in through <c>/Identity/Account/Login</c> and returns the page the login lands on.</summary>
    public static async Task<HtmlPage> LogInAsync(HttpClient client, string email, string password)
    {
        var login = await HtmlPage.GetAsync(client, "/Identity/Account/Login");
        return await login.SubmitAsync(client, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }, "form#account");
    }

    /// <summary>A client logged in as a new confirmed user in <paramref name="role"/>.</summary>
    public static async Task<HttpClient> AsRoleAsync(PortalFactory factory, string role, bool followRedirects = true)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.example";
        await factory.CreateUserAsync(email, role);
        var client = Anonymous(factory, followRedirects);
        await LogInAsync(client, email, PortalFactory.Password);
        var home = await HtmlPage.GetAsync(client, "/");
        if (home.Document.QuerySelector("form#logout-form") is null)
        {
            throw new InvalidOperationException($"Logging in as {role} failed.");
        }

        return client;
    }
}
