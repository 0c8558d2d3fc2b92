using System.ComponentModel.DataAnnotations;

namespace ImgPortal.Web.Security;

/// <summary>
/// The <c>RequestLimits</c> section: the largest request the portal reads. Bigger bodies get 413, forms with
/// too many fields or too long a value get 400, each with the friendly status page.
/// </summary>
public sealed class RequestLimitOptions
{
    public const string SectionName = "RequestLimits";

    /// <summary>The largest request body, in bytes (Kestrel's MaxRequestBodySize and the multipart limit).</summary>
    [Range(1024, 1_073_741_824)]
    public long MaxRequestBodyBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The longest single form value, in characters.</summary>
    [Range(1024, 104_857_600)]
    public int MaxFormValueLength { get; set; } = 1024 * 1024;

    /// <summary>The most fields one form may post.</summary>
    [Range(16, 100_000)]
    public int MaxFormFields { get; set; } = 1000;
}
