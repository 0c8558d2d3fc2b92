using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;

namespace ImgPortal.Web.ViewModels.Staff;

public sealed class SectionInput : IValidatableObject
{
    public SectionKind Kind { get; set; } = SectionKind.Section;

    [StringLength(200, ErrorMessage = "Keep the heading under 200 characters.")]
    public string? Heading { get; set; }

    [Display(Name = "Text (Markdown)")]
    public string? BodyMarkdown { get; set; }

    [Range(1, 999, ErrorMessage = "Give a position from 1 to 999.")]
    [Display(Name = "Position")]
    public int Order { get; set; }

    public bool Remove { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Remove && string.IsNullOrWhiteSpace(Heading) && !string.IsNullOrWhiteSpace(BodyMarkdown))
        {
            yield return new ValidationResult("Give this section a heading, or tick Remove.", [nameof(Heading)]);
        }
    }
}
