using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;

namespace ImgPortal.Web.ViewModels.Mentoring;

/// <summary>Staff's roster edit: the details and the version they loaded.</summary>
public sealed class MentorEditInputModel : MentorDetailsInputModel
{
    public Guid Version { get; set; }
}
