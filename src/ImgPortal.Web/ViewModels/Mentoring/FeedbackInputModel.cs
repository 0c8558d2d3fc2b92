using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;

namespace ImgPortal.Web.ViewModels.Mentoring;

/// <summary>A 1–5 rating and a comment at the end of a pairing.</summary>
public sealed class FeedbackInputModel
{
    [Range(1, 5, ErrorMessage = "Choose a rating from 1 to 5.")]
    public int Rating { get; set; }

    [Display(Name = "Anything you would like to tell us")]
    [StringLength(MentoringLimits.Comment, ErrorMessage = "Keep the comment to 1,000 characters.")]
    public string? Comment { get; set; }
}
