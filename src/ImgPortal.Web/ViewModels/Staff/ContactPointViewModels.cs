using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Content.Editing;

namespace ImgPortal.Web.ViewModels.Staff;

public sealed record ContactPointListViewModel(IReadOnlyList<ContactPointRecord> Contacts);

/// <summary>The contact form; on a conflict <see cref="Current"/> is what is saved now.</summary>
public sealed record ContactPointEditViewModel(ContactPointInput Input, ContactPointRecord? Current = null);

public sealed class ContactPointInput
{
    public int Id { get; set; }

    public Guid Version { get; set; }

    [Required(ErrorMessage = "Name the office.")]
    [StringLength(200, ErrorMessage = "Keep the office under 200 characters.")]
    public string Office { get; set; } = string.Empty;

    [Required(ErrorMessage = "Say what to contact this office about.")]
    [StringLength(1000, ErrorMessage = "Keep the purpose under 1,000 characters.")]
    [Display(Name = "What to contact it about")]
    public string Purpose { get; set; } = string.Empty;

    [StringLength(60, ErrorMessage = "Keep the phone number under 60 characters.")]
    [Display(Name = "Phone")]
    public string? Phone { get; set; }

    [StringLength(256, ErrorMessage = "Keep the e-mail address under 256 characters.")]
    [EmailAddress(ErrorMessage = "Give a valid e-mail address, or leave it empty.")]
    [Display(Name = "E-mail")]
    public string? Email { get; set; }

    [StringLength(500, ErrorMessage = "Keep the address under 500 characters.")]
    public string? Address { get; set; }

    [Range(0, 10000, ErrorMessage = "Give a position from 0 to 10,000.")]
    [Display(Name = "Position in the list")]
    public int SortOrder { get; set; }

    public static ContactPointInput From(ContactPointRecord r) => new()
    {
        Id = r.Id,
        Version = r.Version,
        Office = r.Office,
        Purpose = r.Purpose,
        Phone = r.Phone,
        Email = r.Email,
        Address = r.Address,
        SortOrder = r.SortOrder,
    };

    public ContactPointRecord ToRecord() =>
        new(Id, Office, Purpose, Phone ?? string.Empty, Email ?? string.Empty, Address ?? string.Empty, SortOrder, Version);
}
