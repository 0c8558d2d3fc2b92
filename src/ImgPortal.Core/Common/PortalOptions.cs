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

    /// <summary>
    /// The address readers write to about the portal's content, e.g. the program pages' "report something out of
    /// date" link.
    /// </summary>
    [EmailAddress(ErrorMessage = "Portal:ContactEmail must be an e-mail address.")]
    public string ContactEmail { get; set; } = "contact@imgportal.local";

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
