using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Content.Editing;

namespace ImgPortal.Web.Areas.Staff.ViewModels.Pages;

/// <summary>What the editor posts.</summary>
public sealed class PageEditInput : PageTextInput
{
    [Display(Name = "Body (Markdown)")]
    public string? BodyMarkdown { get; set; }

    public List<SectionInput> Sections { get; set; } = [];

    /// <summary>The version the form was based on; a save against a newer one is refused as a conflict.</summary>
    [Required]
    public string BaseVersion { get; set; } = string.Empty;

    /// <summary>The sections to keep, in the form's order (moved with "Move up" / "Move down"); blank and removed rows are dropped.</summary>
    public PageContent ToContent() => new(
        Title.Trim(),
        Summary.Trim(),
        BodyMarkdown ?? string.Empty,
        Sections
            .Where(Kept)
            .Select(s => new SectionContent(
                s.Kind, s.Heading!.Trim(), s.BodyMarkdown ?? string.Empty, s.Sources ?? string.Empty, s.Cycle?.Trim() ?? string.Empty))
            .ToList());

    /// <summary>Where the form's row <paramref name="row"/> is among the sections <see cref="ToContent"/> keeps, or -1 when it is dropped.</summary>
    public int ContentIndexOf(int row) =>
        row < 0 || row >= Sections.Count || !Kept(Sections[row]) ? -1 : Sections.Take(row).Count(Kept);

    private static bool Kept(SectionInput section) => !section.Remove && !string.IsNullOrWhiteSpace(section.Heading);
}
