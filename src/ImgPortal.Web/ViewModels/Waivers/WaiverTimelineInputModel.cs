using System.ComponentModel.DataAnnotations;

namespace ImgPortal.Web.ViewModels.Waivers;

/// <summary>What the waiver timeline form posts: the member's start date and, once known, the state's recommendation date.</summary>
public sealed class WaiverTimelineInputModel
{
    [Display(Name = "The day you complete the DS-3035 and get your case number")]
    public DateOnly? StartedOn { get; set; }

    [Display(Name = "The day the state sent its recommendation (if you know it)")]
    public DateOnly? StateRecommendedOn { get; set; }
}
