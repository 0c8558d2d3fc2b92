using Microsoft.Extensions.Options;

namespace ImgPortal.Core.Common;

public sealed class PortalLinks(IOptions<PortalOptions> options) : IPortalLinks
{
    public Uri Absolute(string pathAndQuery)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pathAndQuery);
        if (!pathAndQuery.StartsWith('/') || pathAndQuery.StartsWith("//", StringComparison.Ordinal))
        {
            throw new ArgumentException("A portal link is a path starting with a single '/'.", nameof(pathAndQuery));
        }

        var root = options.Value.PublicBaseUrl
            ?? throw new InvalidOperationException("Portal:PublicBaseUrl is not configured.");
        var basePath = root.AbsoluteUri.TrimEnd('/');
        return new Uri(basePath + pathAndQuery, UriKind.Absolute);
    }
}
