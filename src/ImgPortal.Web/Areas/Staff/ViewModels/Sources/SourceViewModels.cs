using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Common;
using ImgPortal.Core.SourceWatch;

namespace ImgPortal.Web.Areas.Staff.ViewModels.Sources;

/// <summary><c>/staff/sources</c>: every cited source, a page at a time, and how many review tasks are open.</summary>
public sealed record SourceListViewModel(PagedResult<SourceRow> Sources, int OpenTasks);

/// <summary><c>/staff/sources/tasks</c>: the open review tasks.</summary>
public sealed record SourceTaskListViewModel(IReadOnlyList<SourceTaskRow> Tasks);

/// <summary>A review task and the form that resolves it.</summary>
public sealed record SourceTaskViewModel(SourceTaskDetail Task, SourceTaskInput Input);

/// <summary>What the resolve form posts.</summary>
public sealed class SourceTaskInput
{
    [Required(ErrorMessage = SourceReviewMessages.ResolutionRequired)]
    public SourceResolution? Resolution { get; set; }

    [Required(ErrorMessage = SourceReviewMessages.NoteRequired)]
    [StringLength(SourceReviewTask.NoteMaxLength, ErrorMessage = ValidationText.NoteTooLong)]
    public string? Note { get; set; }

    public Guid Version { get; set; }

    public SourceTaskResolution ToResolution() => new(Resolution ?? SourceResolution.NoChangeNeeded, Note ?? string.Empty, Version);
}
