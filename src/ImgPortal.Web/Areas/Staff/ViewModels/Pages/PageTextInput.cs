using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Content;

namespace ImgPortal.Web.Areas.Staff.ViewModels.Pages;

/// <summary>
/// A page's title and summary as the new-page form and the editor both post them: their limits and messages are
/// written here once. The <c>Order</c> values keep the two fields where the forms show them (a base class's
/// properties would otherwise be bound, and listed in the error summary, after the derived class's).
/// </summary>
public abstract class PageTextInput
{
    [Required(ErrorMessage = PageMessages.TitleRequired)]
    [StringLength(PageRules.TitleMaxLength, ErrorMessage = PageMessages.TitleTooLong)]
    [Display(Order = 1)]
    public string Title { get; set; } = string.Empty;

    [Required(ErrorMessage = PageMessages.SummaryRequired)]
    [StringLength(PageRules.SummaryMaxLength, ErrorMessage = PageMessages.SummaryTooLong)]
    [Display(Order = 2)]
    public string Summary { get; set; } = string.Empty;
}
