using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Content.Editing;

namespace ImgPortal.Web.ViewModels.Staff;

public sealed record OrganisationListViewModel(IReadOnlyList<OrganisationRecord> Organisations);

/// <summary>The organisation form; on a conflict <see cref="Current"/> is what is saved now.</summary>
public sealed record OrganisationEditViewModel(OrganisationInput Input, OrganisationRecord? Current = null);

public sealed class OrganisationInput
{
    public int Id { get; set; }

    public Guid Version { get; set; }

    [Required(ErrorMessage = "Name the organization.")]
    [StringLength(200, ErrorMessage = "Keep the name under 200 characters.")]
    public string Name { get; set; } = string.Empty;

    [StringLength(20, ErrorMessage = "Keep the abbreviation under 20 characters.")]
    public string? Abbreviation { get; set; }

    [Required(ErrorMessage = "Say what the organization does for IMGs.")]
    [StringLength(2000, ErrorMessage = "Keep the role under 2,000 characters.")]
    [Display(Name = "What it does")]
    public string Role { get; set; } = string.Empty;

    [StringLength(300, ErrorMessage = "Keep the address under 300 characters.")]
    [HttpUrl(ErrorMessage = "Give a full web address starting with http:// or https://, or leave it empty.")]
    [Display(Name = "Website")]
    public string? WebsiteUrl { get; set; }

    [Range(0, 10000, ErrorMessage = "Give a position from 0 to 10,000.")]
    [Display(Name = "Position in the list")]
    public int SortOrder { get; set; }

    public static OrganisationInput From(OrganisationRecord r) => new()
    {
        Id = r.Id,
        Version = r.Version,
        Name = r.Name,
        Abbreviation = r.Abbreviation,
        Role = r.Role,
        WebsiteUrl = r.WebsiteUrl,
        SortOrder = r.SortOrder,
    };

    public OrganisationRecord ToRecord() =>
        new(Id, Name, Abbreviation ?? string.Empty, Role, WebsiteUrl ?? string.Empty, SortOrder, Version);
}
