using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;

namespace ImgPortal.Web.Areas.Staff.ViewModels.Pages;

/// <summary>The form that creates a page.</summary>
public sealed class NewPageInput : PageTextInput
{
    [Required(ErrorMessage = "Give the page an address.")]
    [StringLength(PageRules.SlugMaxLength, ErrorMessage = PageMessages.SlugTooLong)]
    [Display(Name = "Address", Order = 0)] // before the title and summary, as on the form
    public string Slug { get; set; } = string.Empty;

    [Required(ErrorMessage = PageMessages.SourceRequired)]
    [StringLength(PageRules.SourceMaxLength, ErrorMessage = PageMessages.SourceTooLong)]
    public string Source { get; set; } = string.Empty;

    [StringLength(PageRules.NavigationLabelMaxLength, ErrorMessage = PageMessages.NavigationLabelTooLong)]
    [Display(Name = "Menu label")]
    public string? NavigationLabel { get; set; }

    public NewPage ToNewPage() => new(Slug, Title, Summary, Source, NavigationLabel);
}
