using ImgPortal.TestSupport;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.FunctionalTests.Access;

/// <summary>
/// Every endpoint the running portal answers, read from its routing (MVC actions, Identity's Razor Pages,
/// health checks): the list the access table must cover. Static files are left out: they are public by nature.
/// </summary>
public static class PortalEndpoints
{
    /// <summary>Razor Pages answer any method with handlers; the table lists them once, as <c>PAGE</c>.</summary>
    public const string PageMethod = "PAGE";

    public static IReadOnlyList<EndpointKey> Discover(PortalFactory factory)
    {
        var source = factory.Services.GetRequiredService<EndpointDataSource>();
        var keys = new HashSet<EndpointKey>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var route = EndpointKey.Normalize(endpoint.RoutePattern.RawText ?? string.Empty);
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            {
                keys.Add(new EndpointKey(PageMethod, route));
                continue;
            }

            var isAction = endpoint.Metadata.GetMetadata<ControllerActionDescriptor>() is not null;
            var isHealth = endpoint.DisplayName?.Contains("Health", StringComparison.OrdinalIgnoreCase) == true;
            if (!isAction && !isHealth)
            {
                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            foreach (var method in methods is { Count: > 0 } ? methods : ["GET"])
            {
                keys.Add(new EndpointKey(method, route));
            }
        }

        return [.. keys.OrderBy(k => k.Route, StringComparer.Ordinal).ThenBy(k => k.Method, StringComparer.Ordinal)];
    }
}
