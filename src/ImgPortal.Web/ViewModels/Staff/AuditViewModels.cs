using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Auditing;
using ImgPortal.Core.Common;

namespace ImgPortal.Web.ViewModels.Staff;

/// <summary>The audit page's filter, bound from the query string.</summary>
public sealed class AuditQuery
{
    [Display(Name = "What changed")]
    public string? Type { get; set; }

    [Display(Name = "Who (name contains)")]
    [StringLength(256)]
    public string? Actor { get; set; }

    [Display(Name = "From")]
    public DateOnly? From { get; set; }

    [Display(Name = "To")]
    public DateOnly? To { get; set; }

    public int Page { get; set; } = 1;

    public AuditFilter ToFilter() => new(Type, Actor, From, To);

    /// <summary>This filter's URL for page <paramref name="page"/>.</summary>
    public string Url(int page) =>
        "/staff/audit?" + string.Join("&", new[]
        {
            ("type", Type), ("actor", Actor), ("from", From?.ToString("yyyy-MM-dd")), ("to", To?.ToString("yyyy-MM-dd")), ("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        }
        .Where(p => !string.IsNullOrEmpty(p.Item2))
        .Select(p => p.Item1 + "=" + Uri.EscapeDataString(p.Item2!)));
}

public sealed record AuditViewModel(AuditQuery Query, IReadOnlyList<string> EntityTypes, PagedResult<AuditRow> Results);
