using System.ComponentModel.DataAnnotations;

namespace ImgPortal.Core.Content.Editing;

/// <summary>Where a colleague's review of a page draft stands.</summary>
public enum DraftReviewStatus
{
    [Display(Name = "Waiting for review")]
    Requested,

    [Display(Name = "Approved")]
    Approved,

    [Display(Name = "Returned")]
    Returned,
}
