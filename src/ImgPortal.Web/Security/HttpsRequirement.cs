using ImgPortal.Core.Common;
using Microsoft.Extensions.Options;

namespace ImgPortal.Web.Security;

/// <summary>
/// With <c>Security:SecureCookies</c> on, a page with a form cannot be served over plain http: the anti-forgery and
/// sign-in cookies carry <c>Secure</c> and would not be set (it used to be a 500). A plain-http request (after the
/// trusted proxies' <c>X-Forwarded-Proto</c> is applied) is redirected to the same path on
/// <c>Portal:PublicBaseUrl</c> when that address is https; when it is http too, the deployment contradicts itself and
/// the request gets a 400 page naming the two settings (ADR 0066). Health probes are answered over http.
/// </summary>
public sealed class HttpsRequirement(IOptions<PortalOptions> portal, IConfiguration configuration, IHostEnvironment environment)
{
    private readonly bool _on = SecureCookies.IsOn(configuration, environment);

    /// <summary>Set on a refused request, for the error page to explain which setting to change.</summary>
    public static readonly object RefusedItem = new();

    public const string RefusedMessage =
        "This portal is set up for https only (Security:SecureCookies is on) but was reached over plain http, and "
        + "Portal:PublicBaseUrl is an http address too. Reach it over https, or (for a plain-http trial only) set Security:SecureCookies to false.";

    /// <summary>Where to send a plain-http request, or null when it should be refused.</summary>
    public string? HttpsAddressFor(HttpRequest request) =>
        portal.Value.PublicBaseUrl is { Scheme: "https" } baseUrl
            ? baseUrl.GetLeftPart(UriPartial.Authority) + (request.PathBase + request.Path).ToUriComponent() + request.QueryString.ToUriComponent()
            : null;

    /// <summary>Whether the request must be https, and is not: with secure cookies on, anything but the health probes, which load balancers send over http.</summary>
    public bool Applies(HttpRequest request) =>
        _on && !request.IsHttps && !request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);
}
