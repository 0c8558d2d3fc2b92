using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Auditing;


namespace ImgPortal.Web.Areas.Staff.ViewModels.Audit;

/// <summary>The audit page's filter, bound from the query string.</summary>
public sealed class AuditQuery
{
    [Display(Name = "Kind of record")]
    public string? Type { get; set; }

    [Display(Name = "Who (name contains)")]
    [StringLength(256)]
    public string? Actor { get; set; }

    [Display(Name = "From (staff time zone)")]
    public DateOnly? From { get; set; }

    [Display(Name = "To")]
    public DateOnly? To { get; set; }

    public int Page { get; set; } = 1;

    /// <summary>Whether any filter is set (an empty result then offers to clear them).</summary>
    public bool HasFilters => !string.IsNullOrEmpty(Type) || !string.IsNullOrWhiteSpace(Actor) || From is not null || To is not null;

    public AuditFilter ToFilter() => new(Type, Actor, From, To);

    /// <summary>This filter as route values (empty ones left out by the pager), for links built by tag helpers.</summary>
    public Dictionary<string, string?> RouteValues() => new()
    {
        ["type"] = Type,
        ["actor"] = Actor,
        ["from"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };
}
