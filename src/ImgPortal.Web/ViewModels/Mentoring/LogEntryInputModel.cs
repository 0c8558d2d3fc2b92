using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Log;

namespace ImgPortal.Web.ViewModels.Mentoring;

/// <summary>A line of the shared log; the rules are in <see cref="LogRules"/>.</summary>
public sealed class LogEntryInputModel
{
    [Display(Name = "Date")]
    public DateOnly? OccurredOn { get; set; }

    [Display(Name = "Kind")]
    public LogEntryKind? Kind { get; set; }

    [Display(Name = "Note")]
    [StringLength(LogRules.MaxNoteLength, ErrorMessage = ValidationText.NoteTooLong)]
    public string? Note { get; set; }

    public static LogEntryInputModel From(LogEntryDetails details) =>
        new() { OccurredOn = details.OccurredOn, Kind = details.Kind, Note = details.Note };

    public LogEntryDetails ToDetails() => new(OccurredOn, Kind, Note);
}
