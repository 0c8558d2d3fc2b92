using ImgPortal.Core.Content;
using Microsoft.AspNetCore.Routing.Patterns;

namespace ImgPortal.Web.Routing;

/// <summary>
/// The first path segment of every fixed route the app maps (controllers, Identity's pages, health checks) and
/// every top-level entry of wwwroot: a new page may not take any of them. Read from the running app, so a route
/// added later is reserved without a list to keep.
/// </summary>
public sealed class EndpointReservedAddresses(EndpointDataSource endpoints, IWebHostEnvironment environment) : IReservedAddresses
{
    private HashSet<string>? _reserved;

    public bool IsReserved(string firstSegment) => Reserved().Contains(firstSegment);

    private HashSet<string> Reserved()
    {
        if (_reserved is { } known)
        {
            return known;
        }

        var reserved = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var endpoint in endpoints.Endpoints.OfType<RouteEndpoint>())
        {
            var segments = endpoint.RoutePattern.PathSegments;
            if (segments.Count > 0 && segments[0].Parts is [RoutePatternLiteralPart literal])
            {
                reserved.Add(literal.Content);
            }
        }

        foreach (var entry in environment.WebRootFileProvider.GetDirectoryContents(string.Empty))
        {
            reserved.Add(entry.Name);
        }

        _reserved = reserved;
        return reserved;
    }
}
