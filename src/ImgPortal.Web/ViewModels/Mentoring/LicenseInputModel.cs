using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Mentoring;

namespace ImgPortal.Web.ViewModels.Mentoring;

/// <summary>One license row of the mentor form; a row left empty is ignored.</summary>
public sealed class LicenseInputModel
{
    [FromCatalog(Catalog.State, ErrorMessage = "Choose the license's state from the list.")]
    public string? State { get; set; }

    [Display(Name = "License number")]
    [StringLength(MentoringLimits.LicenseNumber, ErrorMessage = MentoringMessages.LicenseNumberTooLong)]
    public string? Number { get; set; }

    [Display(Name = "Expires on (optional)")]
    [DataType(DataType.Date)]
    public DateOnly? ExpiresOn { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(State) && string.IsNullOrWhiteSpace(Number) && ExpiresOn is null;
}
