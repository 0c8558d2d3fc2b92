using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Content.Editing;
using ImgPortal.Core.Profiles;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace ImgPortal.Web.ViewModels.Staff;

public sealed record SeasonDateListViewModel(IReadOnlyList<SeasonDateRecord> Dates);

/// <summary>The season-date form; on a conflict <see cref="Current"/> is what is saved now.</summary>
public sealed record SeasonDateEditViewModel(SeasonDateInput Input, SeasonDateRecord? Current = null)
{
    public IEnumerable<SelectListItem> Kinds =>
        Enum.GetValues<SeasonDateKind>().Select(k => new SelectListItem(RecordLabels.Of(k), k.ToString(), k == Input.Kind));
}

public sealed class SeasonDateInput
{
    public int Id { get; set; }

    public Guid Version { get; set; }

    [Required(ErrorMessage = "Say what happens on the date.")]
    [StringLength(200, ErrorMessage = "Keep the title under 200 characters.")]
    [Display(Name = "What")]
    public string Title { get; set; } = string.Empty;

    [Required(ErrorMessage = "Give the date.")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Choose the kind of date.")]
    [EnumDataType(typeof(SeasonDateKind), ErrorMessage = "Choose one of the kinds listed.")]
    [Display(Name = "Kind of date")]
    public SeasonDateKind? Kind { get; set; }

    [Range(2000, 2100, ErrorMessage = "Give a Match year between 2000 and 2100.")]
    [Display(Name = "Match year")]
    public int Cycle { get; set; }

    [StringLength(1000, ErrorMessage = "Keep the notes under 1,000 characters.")]
    public string? Notes { get; set; }

    public static SeasonDateInput From(SeasonDateRecord r) => new()
    {
        Id = r.Id,
        Version = r.Version,
        Title = r.Title,
        Date = r.Date,
        Kind = r.Kind,
        Cycle = r.Cycle,
        Notes = r.Notes,
    };

    public SeasonDateRecord ToRecord() =>
        new(Id, Title, Date ?? default, Kind ?? default, Cycle, Notes ?? string.Empty, Version);
}
