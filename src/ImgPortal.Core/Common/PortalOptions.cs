using System.ComponentModel.DataAnnotations;

namespace ImgPortal.Core.Common;

/// <summary>The <c>Portal</c> section of configuration: facts about the deployment itself.</summary>
public sealed class PortalOptions : IValidatableObject
{
    public const string SectionName = "Portal";

    /// <summary>
    /// The address people reach the portal at (e.g. <c>https://imgportal.example.org</c>). Every link in an
    /// e-mail is built from it, never from the request's Host header, so a forged Host cannot poison a link.
    /// </summary>
    [Required(ErrorMessage = "Portal:PublicBaseUrl is required: the absolute http(s) address of the portal, used for links in e-mails.")]
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>The society that runs the portal (<c>Portal:Organization:*</c>).</summary>
    public PortalOrganization Organization { get; set; } = new();

    /// <summary>The placeholder contact address: fine on a workstation, refused at start in production.</summary>
    public const string PlaceholderContactEmail = "contact@imgportal.local";

    /// <summary>
    /// The organization's contact address: readers write to it about the portal's content (the program pages'
    /// "report something out of date" link), and program coordinators about their confirmation link (ADR 0091).
    /// </summary>
    [EmailAddress(ErrorMessage = "Portal:ContactEmail must be an e-mail address.")]
    public string ContactEmail { get; set; } = PlaceholderContactEmail;

    /// <summary>
    /// Whether <paramref name="address"/> is missing or cannot reach anyone: empty, or at a domain reserved for
    /// examples and tests (<c>.local</c>, <c>.test</c>, <c>.example</c>, <c>.invalid</c>, <c>.localhost</c>,
    /// <c>example.com/.net/.org</c>).
    /// </summary>
    public static bool IsPlaceholderAddress(string? address)
    {
        var at = address?.Trim().LastIndexOf('@') ?? -1;
        if (at < 0)
        {
            return true;
        }

        var domain = address!.Trim()[(at + 1)..].TrimEnd('.').ToLowerInvariant();
        string[] reservedTops = ["local", "test", "example", "invalid", "localhost"];
        string[] exampleDomains = ["example.com", "example.net", "example.org"];
        return domain.Length == 0
            || reservedTops.Any(t => domain == t || domain.EndsWith("." + t, StringComparison.Ordinal))
            || exampleDomains.Any(d => domain == d || domain.EndsWith("." + d, StringComparison.Ordinal));
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PublicBaseUrl is { } url && (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)))
        {
            yield return new ValidationResult(
                "Portal:PublicBaseUrl must be an absolute http or https address.", [nameof(PublicBaseUrl)]);
        }

        foreach (var problem in Organization.Problems())
        {
            yield return new ValidationResult(problem, [nameof(Organization)]);
        }
    }
}
