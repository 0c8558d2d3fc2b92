using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;

namespace ImgPortal.Web.ViewModels.Mentoring;

/// <summary>The sign-up form: the details and the program's terms.</summary>
public sealed class VolunteerInputModel : MentorDetailsInputModel
{
    [Display(Name = "I agree to the mentoring program's terms")]
    [MustBeTicked(ErrorMessage = "Agree to the program's terms to volunteer.")]
    public bool AgreeToTerms { get; set; }

    /// <summary>Optional: ticked, staff need not record the orientation themselves.</summary>
    [Display(Name = "I have read the mentor orientation")]
    public bool ReadOrientation { get; set; }
}
