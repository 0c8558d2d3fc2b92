using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;

namespace ImgPortal.Web.ViewModels.Mentoring;

/// <summary>A 1–5 rating and a comment at the end of a pairing.</summary>
public sealed class FeedbackInputModel
{
    [Range(MentoringLimits.MinRating, MentoringLimits.MaxRating, ErrorMessage = MentoringMessages.Rating)]
    public int Rating { get; set; }

    [Display(Name = "Anything you would like to tell us")]
    [StringLength(MentoringLimits.Comment, ErrorMessage = MentoringMessages.CommentTooLong)]
    public string? Comment { get; set; }
}
