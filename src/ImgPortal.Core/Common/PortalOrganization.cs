namespace ImgPortal.Core.Common;

/// <summary>
/// <c>Portal:Organization</c>: the society that runs the portal and stands behind its advice. Shown in the header,
/// the footer, every e-mail's sender name and signature, and on the privacy page as the party responsible for the data.
/// </summary>
public sealed class PortalOrganization
{
    public const string SectionName = PortalOptions.SectionName + ":Organization";

    /// <summary>The full name, e.g. "Medical Society of the State of New York".</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The short name people know it by, e.g. "MSSNY"; shown where space is short.</summary>
    public string ShortName { get; set; } = string.Empty;

    /// <summary>The postal address on one line.</summary>
    public string Address { get; set; } = string.Empty;

    /// <summary>A phone number as people should dial it (optional).</summary>
    public string? Phone { get; set; }

    /// <summary>The society's own website (optional).</summary>
    public Uri? Website { get; set; }

    /// <summary>A logo under <c>wwwroot</c>, e.g. <c>/img/logo.svg</c> (optional; without one the header shows the short name).</summary>
    public string? LogoPath { get; set; }

    /// <summary>The portal path of the contact page.</summary>
    public string ContactPath { get; set; } = "/contact";

    /// <summary>Every problem with the settings, each naming its setting; empty when they are usable.</summary>
    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            yield return $"{SectionName}:Name is required: the full name of the society that runs the portal.";
        }

        if (string.IsNullOrWhiteSpace(ShortName))
        {
            yield return $"{SectionName}:ShortName is required: the short name shown in the header and e-mails.";
        }

        if (string.IsNullOrWhiteSpace(Address))
        {
            yield return $"{SectionName}:Address is required: the postal address shown in the footer and on the privacy page.";
        }

        if (Website is { } site && (!site.IsAbsoluteUri || (site.Scheme != Uri.UriSchemeHttp && site.Scheme != Uri.UriSchemeHttps)))
        {
            yield return $"{SectionName}:Website must be an absolute http or https address.";
        }

        if (!string.IsNullOrEmpty(LogoPath) && (!LogoPath.StartsWith('/') || LogoPath.StartsWith("//", StringComparison.Ordinal)))
        {
            yield return $"{SectionName}:LogoPath must be a path under the portal's web root, starting with one /.";
        }

        if (!ContactPath.StartsWith('/') || ContactPath.StartsWith("//", StringComparison.Ordinal))
        {
            yield return $"{SectionName}:ContactPath must be a path on the portal, starting with one /.";
        }
    }
}
