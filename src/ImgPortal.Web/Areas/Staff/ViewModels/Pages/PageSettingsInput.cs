using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;

namespace ImgPortal.Web.Areas.Staff.ViewModels.Pages;

/// <summary>The page settings form: source line, place in the navigation, owner, review interval.</summary>
public sealed class PageSettingsInput
{
    [Required(ErrorMessage = PageMessages.SourceRequired)]
    [StringLength(PageRules.SourceMaxLength, ErrorMessage = PageMessages.SourceTooLong)]
    public string Source { get; set; } = string.Empty;

    [StringLength(PageRules.NavigationLabelMaxLength, ErrorMessage = PageMessages.NavigationLabelTooLong)]
    [Display(Name = "Menu label")]
    public string? NavigationLabel { get; set; }

    [Range(PageRules.MinSortOrder, PageRules.MaxSortOrder, ErrorMessage = PageMessages.Position)]
    [Display(Name = "Position")]
    public int SortOrder { get; set; }

    [Display(Name = "Owner")]
    public string? OwnerUserId { get; set; }

    [Range(PageRules.MinReviewIntervalMonths, PageRules.MaxReviewIntervalMonths, ErrorMessage = PageMessages.ReviewInterval)]
    [Display(Name = "Review every (months)")]
    public int ReviewIntervalMonths { get; set; } = PageRules.DefaultReviewIntervalMonths;

    [Required]
    public string PageVersion { get; set; } = string.Empty;

    public static PageSettingsInput From(PageFacts facts) => new()
    {
        Source = facts.Source,
        NavigationLabel = facts.NavigationLabel,
        SortOrder = facts.SortOrder,
        OwnerUserId = facts.OwnerUserId,
        ReviewIntervalMonths = facts.ReviewIntervalMonths,
        PageVersion = facts.PageVersion,
    };

    public PageSettings ToSettings() => new(Source, NavigationLabel, SortOrder, OwnerUserId, ReviewIntervalMonths);
}
