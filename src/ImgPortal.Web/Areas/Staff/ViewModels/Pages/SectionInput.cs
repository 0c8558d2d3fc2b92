using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;

namespace ImgPortal.Web.Areas.Staff.ViewModels.Pages;

public sealed class SectionInput : IValidatableObject
{
    public SectionKind Kind { get; set; } = SectionKind.Section;

    [StringLength(PageRules.HeadingMaxLength, ErrorMessage = "Keep the heading under {1} characters.")]
    public string? Heading { get; set; }

    [Display(Name = "Text (Markdown)")]
    public string? BodyMarkdown { get; set; }

    /// <summary>The section's own sources, one a line: "URL | title | yyyy-MM-dd" (the date it was checked against them).</summary>
    [StringLength(PageRules.SectionSourcesMaxLength, ErrorMessage = "Keep the sources under {1} characters.")]
    [Display(Name = "Sources for this section")]
    public string? Sources { get; set; }

    /// <summary>The Match cycle its rules belong to, e.g. "2027 Match".</summary>
    [StringLength(PageRules.CycleMaxLength, ErrorMessage = "Keep the cycle under {1} characters.")]
    [Display(Name = "Match cycle")]
    public string? Cycle { get; set; }

    public bool Remove { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Remove && string.IsNullOrWhiteSpace(Heading) && !string.IsNullOrWhiteSpace(BodyMarkdown))
        {
            yield return new ValidationResult("Give this section a heading, or tick Remove.", [nameof(Heading)]);
        }

        var clock = validationContext.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System;
        if (!Remove && PageRules.SectionSourcesProblem(Sources, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)) is { } problem)
        {
            yield return new ValidationResult(problem, [nameof(Sources)]);
        }
    }
}
