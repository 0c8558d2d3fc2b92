using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Web.ViewModels.Mentoring;

namespace ImgPortal.Web.Areas.Staff.ViewModels.Mentoring;

/// <summary>Staff's roster edit: the details and the version they loaded.</summary>
public sealed class MentorEditInputModel : MentorDetailsInputModel
{
    public Guid Version { get; set; }
}
