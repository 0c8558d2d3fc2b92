using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Common;
using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;

namespace ImgPortal.Web.Areas.Staff.ViewModels.Pages;

public sealed class ScheduleInput
{
    /// <summary>A wall-clock time in the society's zone (<c>Staff:TimeZone</c>).</summary>
    [Display(Name = "Publish at")]
    public DateTime? PublishAt { get; set; }

    [StringLength(PageRules.ChangeNoteMaxLength, ErrorMessage = ValidationText.NoteTooLong)]
    [Display(Name = "What changed (optional)")]
    public string? ChangeNote { get; set; }

    [Required]
    public string BaseVersion { get; set; } = string.Empty;
}
