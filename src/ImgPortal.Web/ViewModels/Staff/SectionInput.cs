using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;

namespace ImgPortal.Web.ViewModels.Staff;

public sealed class SectionInput : IValidatableObject
{
    public SectionKind Kind { get; set; } = SectionKind.Section;

    [StringLength(PageRules.HeadingMaxLength, ErrorMessage = "Keep the heading under {1} characters.")]
    public string? Heading { get; set; }

    [Display(Name = "Text (Markdown)")]
    public string? BodyMarkdown { get; set; }

    public bool Remove { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Remove && string.IsNullOrWhiteSpace(Heading) && !string.IsNullOrWhiteSpace(BodyMarkdown))
        {
            yield return new ValidationResult("Give this section a heading, or tick Remove.", [nameof(Heading)]);
        }
    }
}
