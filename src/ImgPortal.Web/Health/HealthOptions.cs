using System.ComponentModel.DataAnnotations;
using System.Net;

namespace ImgPortal.Web.Health;

/// <summary>
/// The <c>Health</c> section: who sees the checks' details (database provider, pending migrations, background jobs)
/// on <c>/health</c>. Anyone else, a stranger included, reads only <c>Healthy</c>, <c>Degraded</c> or <c>Unhealthy</c>.
/// </summary>
public sealed class HealthOptions : IValidatableObject
{
    public const string SectionName = "Health";

    /// <summary>CIDR ranges (e.g. <c>10.0.0.0/8</c>) whose requests see the details, like the monitoring network; staff always do.</summary>
    public IList<string> DetailsNetworks { get; } = [];

    public IReadOnlyList<IPNetwork> Networks() => [.. DetailsNetworks.Select(n => IPNetwork.Parse(n.Trim()))];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var network in DetailsNetworks.Where(n => !IPNetwork.TryParse(n.Trim(), out _)))
        {
            yield return new ValidationResult(
                $"Health:DetailsNetworks: '{network}' is not a CIDR range such as 10.0.0.0/8.", [nameof(DetailsNetworks)]);
        }
    }
}
