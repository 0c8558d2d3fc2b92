using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;

namespace ImgPortal.Web.ViewModels.Staff;

/// <summary>The form that creates a page.</summary>
public sealed class NewPageInput
{
    [Required(ErrorMessage = "Give the page an address.")]
    [StringLength(PageRules.SlugMaxLength, ErrorMessage = "Keep the address under 80 characters.")]
    [Display(Name = "Address")]
    public string Slug { get; set; } = string.Empty;

    [Required(ErrorMessage = "Give the page a title.")]
    [StringLength(PageRules.TitleMaxLength, ErrorMessage = "Keep the title under 200 characters.")]
    public string Title { get; set; } = string.Empty;

    [Required(ErrorMessage = "Give the page a summary.")]
    [StringLength(PageRules.SummaryMaxLength, ErrorMessage = "Keep the summary under 1,000 characters.")]
    public string Summary { get; set; } = string.Empty;

    [Required(ErrorMessage = "Say where the page's facts come from.")]
    [StringLength(PageRules.SourceMaxLength, ErrorMessage = "Keep the source under 500 characters.")]
    public string Source { get; set; } = string.Empty;

    [StringLength(PageRules.NavigationLabelMaxLength, ErrorMessage = "Keep the menu label under 40 characters.")]
    [Display(Name = "Menu label")]
    public string? NavigationLabel { get; set; }

    public NewPage ToNewPage() => new(Slug, Title, Summary, Source, NavigationLabel);
}
