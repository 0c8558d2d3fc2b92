using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Content.Editing;

namespace ImgPortal.Web.ViewModels.Staff;

public sealed record WaiverYearListViewModel(IReadOnlyList<WaiverYearRecord> Years);

/// <summary>The waiver-year form; on a conflict <see cref="Current"/> is what is saved now.</summary>
public sealed record WaiverYearEditViewModel(WaiverYearInput Input, WaiverYearRecord? Current = null);

public sealed class WaiverYearInput : IValidatableObject
{
    public int Id { get; set; }

    public Guid Version { get; set; }

    [Required(ErrorMessage = "Name the program.")]
    [StringLength(120, ErrorMessage = "Keep the program name under 120 characters.")]
    [Display(Name = "Program")]
    public string ProgramName { get; set; } = string.Empty;

    [Range(1990, 2100, ErrorMessage = "Give a year between 1990 and 2100.")]
    public int Year { get; set; }

    [Range(0, 10000, ErrorMessage = "Give a number of waivers from 0 to 10,000.")]
    [Display(Name = "Waivers a year")]
    public int TotalWaivers { get; set; }

    [Range(0, 10000, ErrorMessage = "Give a number from 0 to 10,000.")]
    [Display(Name = "Of which, second category at most")]
    public int SecondCategoryMax { get; set; }

    [StringLength(2000, ErrorMessage = "Keep the notes under 2,000 characters.")]
    public string? Notes { get; set; }

    [Required(ErrorMessage = "Say where the figures come from.")]
    [StringLength(500, ErrorMessage = "Keep the source under 500 characters.")]
    public string Source { get; set; } = string.Empty;

    [Required(ErrorMessage = "Give the date the figures were true.")]
    [Display(Name = "As of")]
    public DateOnly? AsOf { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SecondCategoryMax > TotalWaivers)
        {
            yield return new ValidationResult("The second category cannot be more than the waivers a year.", [nameof(SecondCategoryMax)]);
        }
    }

    public static WaiverYearInput From(WaiverYearRecord r) => new()
    {
        Id = r.Id,
        Version = r.Version,
        ProgramName = r.ProgramName,
        Year = r.Year,
        TotalWaivers = r.TotalWaivers,
        SecondCategoryMax = r.SecondCategoryMax,
        Notes = r.Notes,
        Source = r.Source,
        AsOf = r.AsOf,
    };

    public WaiverYearRecord ToRecord() =>
        new(Id, ProgramName, Year, TotalWaivers, SecondCategoryMax, Notes ?? string.Empty, Source, AsOf ?? default, Version);
}
