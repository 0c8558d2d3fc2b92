using Microsoft.Extensions.Primitives;

namespace ImgPortal.Web.Security;

/// <summary>
/// The host names of <c>AllowedHosts</c> (<c>;</c>-separated, <c>*</c> for any), checked by the portal itself
/// rather than by ASP.NET Core's host filtering: a request for another host then gets the portal's own 400 page,
/// with its security headers, instead of the bare 400 the built-in middleware writes before the pipeline.
/// </summary>
public sealed class AllowedHosts
{
    public const string Key = "AllowedHosts";

    private readonly List<StringSegment> _hosts = [];
    private readonly bool _any;

    public AllowedHosts(IConfiguration configuration)
    {
        foreach (var entry in (configuration[Key] ?? "*").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Unicode names are compared in the punycode the Host header carries, as the built-in middleware does.
            var host = new HostString(entry).ToUriComponent();
            if (host is "*" or "[::]" or "0.0.0.0")
            {
                _any = true;
            }

            _hosts.Add(new StringSegment(host));
        }

        _any |= _hosts.Count == 0;
    }

    /// <summary>Whether a request for <paramref name="host"/> is answered; a request without a Host header (HTTP/1.0) is.</summary>
    public bool IsAllowed(HostString host) =>
        _any || !host.HasValue || HostString.MatchesAny(new StringSegment(host.Value), _hosts);
}
