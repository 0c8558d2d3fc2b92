using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Content.Editing;
using ImgPortal.Core.Profiles;
using ImgPortal.Web.ViewModels.Profiles;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace ImgPortal.Web.ViewModels.Staff;

public sealed record RoadmapStepListViewModel(IReadOnlyList<RoadmapStepRecord> Steps);

/// <summary>The roadmap-step form; on a conflict <see cref="Current"/> is what is saved now.</summary>
public sealed record RoadmapStepEditViewModel(RoadmapStepInput Input, RoadmapStepRecord? Current = null)
{
    public IEnumerable<SelectListItem> Stages =>
        Enum.GetValues<RoadmapStage>().Where(s => s != RoadmapStage.Complete)
            .Select(s => new SelectListItem(ProfileLabels.Of(s), s.ToString(), s == Input.Stage));
}

public sealed class RoadmapStepInput
{
    public const string SlugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public int Id { get; set; }

    public Guid Version { get; set; }

    /// <summary>Set when the step is created; ignored afterwards (the rules and members' states rely on it).</summary>
    [Required(ErrorMessage = "Give the step a key.")]
    [StringLength(60, ErrorMessage = "Keep the key under 60 characters.")]
    [RegularExpression(SlugPattern, ErrorMessage = "Use lowercase letters, digits and single hyphens only, e.g. usmle-step1.")]
    public string Key { get; set; } = string.Empty;

    [Required(ErrorMessage = "Give the step a title.")]
    [StringLength(200, ErrorMessage = "Keep the title under 200 characters.")]
    public string Title { get; set; } = string.Empty;

    [StringLength(2000, ErrorMessage = "Keep the description under 2,000 characters.")]
    public string? Description { get; set; }

    [Range(0, 10000, ErrorMessage = "Give a position from 0 to 10,000.")]
    [Display(Name = "Position on the roadmap")]
    public int SortOrder { get; set; }

    [Required(ErrorMessage = "Choose the stage the step belongs to.")]
    [EnumDataType(typeof(RoadmapStage), ErrorMessage = "Choose one of the stages listed.")]
    public RoadmapStage? Stage { get; set; }

    [StringLength(80, ErrorMessage = "Keep the guidance page under 80 characters.")]
    [RegularExpression(SlugPattern, ErrorMessage = "Give a guidance page's address without the slash, e.g. residency, or leave it empty.")]
    [Display(Name = "Guidance page")]
    public string? GuidanceSlug { get; set; }

    public static RoadmapStepInput From(RoadmapStepRecord r) => new()
    {
        Id = r.Id,
        Version = r.Version,
        Key = r.Key,
        Title = r.Title,
        Description = r.Description,
        SortOrder = r.SortOrder,
        Stage = r.Stage,
        GuidanceSlug = r.GuidanceSlug,
    };

    public RoadmapStepRecord ToRecord() =>
        new(Id, Key, Title, Description ?? string.Empty, SortOrder, Stage ?? default, GuidanceSlug ?? string.Empty, Version);
}
