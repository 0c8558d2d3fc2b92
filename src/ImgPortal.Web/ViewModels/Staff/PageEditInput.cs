using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;

namespace ImgPortal.Web.ViewModels.Staff;

/// <summary>What the editor posts.</summary>
public sealed class PageEditInput
{
    [Required(ErrorMessage = "Give the page a title.")]
    [StringLength(PageRules.TitleMaxLength, ErrorMessage = "Keep the title under {1} characters.")]
    public string Title { get; set; } = string.Empty;

    [Required(ErrorMessage = "Give the page a summary.")]
    [StringLength(PageRules.SummaryMaxLength, ErrorMessage = "Keep the summary under {1} characters.")]
    public string Summary { get; set; } = string.Empty;

    [Display(Name = "Body (Markdown)")]
    public string? BodyMarkdown { get; set; }

    public List<SectionInput> Sections { get; set; } = [];

    /// <summary>The version the form was based on; a save against a newer one is refused as a conflict.</summary>
    [Required]
    public string BaseVersion { get; set; } = string.Empty;

    /// <summary>The sections to keep, in the order staff gave them (ties keep their place); blank rows are ignored.</summary>
    public PageContent ToContent() => new(
        Title.Trim(),
        Summary.Trim(),
        BodyMarkdown ?? string.Empty,
        Sections
            .Select((s, index) => (Section: s, Index: index))
            .Where(x => !x.Section.Remove && !string.IsNullOrWhiteSpace(x.Section.Heading))
            .OrderBy(x => x.Section.Order).ThenBy(x => x.Index)
            .Select(x => new SectionContent(
                x.Section.Kind, x.Section.Heading!.Trim(), x.Section.BodyMarkdown ?? string.Empty, x.Section.Sources ?? string.Empty, x.Section.Cycle?.Trim() ?? string.Empty))
            .ToList());
}
