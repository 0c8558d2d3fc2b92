using System.Net;
using ImgPortal.TestSupport;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.FunctionalTests;

public sealed class AntiforgeryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>Every page and action that accepts a POST, found from the app's own endpoints, not a hand-kept list.</summary>
    public static TheoryData<string> PostTargets() => [.. PostTargetUrls()];

    private static List<string> PostTargetUrls()
    {
        using var app = new PortalFactory();
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var targets = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var page = endpoint.Metadata.GetMetadata<PageActionDescriptor>();
            var action = endpoint.Metadata.GetMetadata<ControllerActionDescriptor>();
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods;
            var acceptsPost = page is not null || (action is not null && (methods is null || methods.Contains("POST")));
            if (acceptsPost && endpoint.RoutePattern.Parameters.All(p => p.IsOptional) && !endpoint.RoutePattern.RawText!.StartsWith("error", StringComparison.Ordinal))
            {
                targets.Add("/" + endpoint.RoutePattern.RawText!.Split('/').Where(s => !s.StartsWith('{')).Aggregate((a, b) => a + "/" + b));
            }
        }

        return targets;
    }

    [Theory]
    [MemberData(nameof(PostTargets))]
    public async Task Post_WithoutAntiforgeryToken_IsRefused(string url)
    {
        // An admin passes every authorization policy, so staff-area POSTs reach the anti-forgery check too.
        var client = await PortalClient.AsRoleAsync(factory, "Admin");

        var response = await client.PostAsync(url, new FormUrlEncodedContent([new("Input.Email", "someone@test.example")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public void PostTargets_IncludeTheAccountForms()
    {
        var targets = PostTargetUrls();

        Assert.Contains("/Identity/Account/Login", targets);
        Assert.Contains("/Identity/Account/Register", targets);
        Assert.Contains("/Identity/Account/Logout", targets);
        Assert.Contains("/Identity/Account/Manage/DeletePersonalData", targets);
    }
}
