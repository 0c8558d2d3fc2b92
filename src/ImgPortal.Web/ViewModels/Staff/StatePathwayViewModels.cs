using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace ImgPortal.Web.ViewModels.Staff;

public sealed record StatePathwayListViewModel(IReadOnlyList<StatePathwayRecord> Pathways);

/// <summary>The state-pathway form; on a conflict <see cref="Current"/> is what is saved now.</summary>
public sealed record StatePathwayEditViewModel(StatePathwayInput Input, StatePathwayRecord? Current = null)
{
    public IEnumerable<SelectListItem> Kinds =>
        Enum.GetValues<PathwayKind>().Select(k => new SelectListItem(RecordLabels.Of(k), k.ToString(), k == Input.Kind));
}

public sealed class StatePathwayInput
{
    public int Id { get; set; }

    public Guid Version { get; set; }

    [Required(ErrorMessage = "Name the state.")]
    [StringLength(60, ErrorMessage = "Keep the state under 60 characters.")]
    public string State { get; set; } = string.Empty;

    [Required(ErrorMessage = "Choose the kind of action.")]
    [EnumDataType(typeof(PathwayKind), ErrorMessage = "Choose one of the kinds listed.")]
    [Display(Name = "Kind of action")]
    public PathwayKind? Kind { get; set; }

    [Required(ErrorMessage = "Describe the action.")]
    [StringLength(2000, ErrorMessage = "Keep the description under 2,000 characters.")]
    public string Description { get; set; } = string.Empty;

    [Required(ErrorMessage = "Say what an IMG must have to use it.")]
    [StringLength(2000, ErrorMessage = "Keep the requirements under 2,000 characters.")]
    public string Requirements { get; set; } = string.Empty;

    [Required(ErrorMessage = "Say where this comes from.")]
    [StringLength(500, ErrorMessage = "Keep the source under 500 characters.")]
    public string Source { get; set; } = string.Empty;

    [Required(ErrorMessage = "Give the date this was true.")]
    [NotInFuture(ErrorMessage = "The as-of date cannot be in the future.")]
    [Display(Name = "As of")]
    public DateOnly? AsOf { get; set; }

    public static StatePathwayInput From(StatePathwayRecord r) => new()
    {
        Id = r.Id,
        Version = r.Version,
        State = r.State,
        Kind = r.Kind,
        Description = r.Description,
        Requirements = r.Requirements,
        Source = r.Source,
        AsOf = r.AsOf,
    };

    public StatePathwayRecord ToRecord() =>
        new(Id, State, Kind ?? default, Description, Requirements, Source, AsOf ?? default, Version);
}
