using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;

namespace ImgPortal.Web.ViewModels.Staff;

public sealed record PageListViewModel(IReadOnlyList<StaffPageRow> Pages);

/// <summary>What the page editor shows: the form, the state of the draft, and on a conflict the text saved meanwhile.</summary>
public sealed record PageEditorViewModel(int Id, string Slug, PageEditInput Input, PageEditorData Saved, PageContent? ConflictingSaved = null)
{
    /// <summary>The review form, pre-filled with the page's source line.</summary>
    public ReviewFormInput Review { get; init; } = new() { SourcesChecked = Saved.Facts.Source };

    /// <summary>Sections in the form: the page's own, then one blank row to add a new one.</summary>
    public static PageEditInput InputFrom(PageEditorData data) => new()
    {
        Title = data.Content.Title,
        Summary = data.Content.Summary,
        BodyMarkdown = data.Content.BodyMarkdown,
        BaseVersion = data.VersionToken,
        Sections = [.. data.Content.Sections.Select((s, i) => new SectionInput { Kind = s.Kind, Heading = s.Heading, BodyMarkdown = s.BodyMarkdown, Order = i + 1 })],
    };
}

/// <summary>What the editor posts.</summary>
public sealed class PageEditInput
{
    [Required(ErrorMessage = "Give the page a title.")]
    [StringLength(200, ErrorMessage = "Keep the title under 200 characters.")]
    public string Title { get; set; } = string.Empty;

    [Required(ErrorMessage = "Give the page a summary.")]
    [StringLength(1000, ErrorMessage = "Keep the summary under 1,000 characters.")]
    public string Summary { get; set; } = string.Empty;

    [Display(Name = "Body (Markdown)")]
    public string? BodyMarkdown { get; set; }

    public List<SectionInput> Sections { get; set; } = [];

    /// <summary>The version the form was based on; a save against a newer one is refused as a conflict.</summary>
    [Required]
    public string BaseVersion { get; set; } = string.Empty;

    /// <summary>The sections to keep, in the order staff gave them (ties keep their place); blank rows are ignored.</summary>
    public PageContent ToContent() => new(
        Title.Trim(),
        Summary.Trim(),
        BodyMarkdown ?? string.Empty,
        Sections
            .Select((s, index) => (Section: s, Index: index))
            .Where(x => !x.Section.Remove && !string.IsNullOrWhiteSpace(x.Section.Heading))
            .OrderBy(x => x.Section.Order).ThenBy(x => x.Index)
            .Select(x => new SectionContent(x.Section.Kind, x.Section.Heading!.Trim(), x.Section.BodyMarkdown ?? string.Empty))
            .ToList());
}

public sealed class SectionInput : IValidatableObject
{
    public SectionKind Kind { get; set; } = SectionKind.Section;

    [StringLength(200, ErrorMessage = "Keep the heading under 200 characters.")]
    public string? Heading { get; set; }

    [Display(Name = "Text (Markdown)")]
    public string? BodyMarkdown { get; set; }

    [Range(1, 999, ErrorMessage = "Give a position from 1 to 999.")]
    [Display(Name = "Position")]
    public int Order { get; set; }

    public bool Remove { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Remove && string.IsNullOrWhiteSpace(Heading) && !string.IsNullOrWhiteSpace(BodyMarkdown))
        {
            yield return new ValidationResult("Give this section a heading, or tick Remove.", [nameof(Heading)]);
        }
    }
}

public sealed record PagePreviewViewModel(PagePreview Preview);

public sealed record PageHistoryViewModel(PageHistory History);

public sealed record RevisionCompareViewModel(RevisionComparison Comparison);

public sealed record RestorePreviewViewModel(RestorePreview Preview);

public sealed class ScheduleInput
{
    /// <summary>A wall-clock time in the society's zone (<c>Staff:TimeZone</c>).</summary>
    [Display(Name = "Publish at")]
    public DateTime? PublishAt { get; set; }

    [StringLength(PageRules.ChangeNoteMaxLength, ErrorMessage = "Keep the note under 500 characters.")]
    [Display(Name = "What changed (optional)")]
    public string? ChangeNote { get; set; }

    [Required]
    public string BaseVersion { get; set; } = string.Empty;
}

/// <summary>The form that creates a page.</summary>
public sealed class NewPageInput
{
    [Required(ErrorMessage = "Give the page an address.")]
    [StringLength(PageRules.SlugMaxLength, ErrorMessage = "Keep the address under 80 characters.")]
    [Display(Name = "Address")]
    public string Slug { get; set; } = string.Empty;

    [Required(ErrorMessage = "Give the page a title.")]
    [StringLength(PageRules.TitleMaxLength, ErrorMessage = "Keep the title under 200 characters.")]
    public string Title { get; set; } = string.Empty;

    [Required(ErrorMessage = "Give the page a summary.")]
    [StringLength(PageRules.SummaryMaxLength, ErrorMessage = "Keep the summary under 1,000 characters.")]
    public string Summary { get; set; } = string.Empty;

    [Required(ErrorMessage = "Say where the page's facts come from.")]
    [StringLength(PageRules.SourceMaxLength, ErrorMessage = "Keep the source under 500 characters.")]
    public string Source { get; set; } = string.Empty;

    [StringLength(PageRules.NavigationLabelMaxLength, ErrorMessage = "Keep the menu label under 40 characters.")]
    [Display(Name = "Menu label")]
    public string? NavigationLabel { get; set; }

    public NewPage ToNewPage() => new(Slug, Title, Summary, Source, NavigationLabel);
}

/// <summary>The page settings form: source line, place in the navigation, owner, review interval.</summary>
public sealed class PageSettingsInput
{
    [Required(ErrorMessage = "Say where the page's facts come from.")]
    [StringLength(PageRules.SourceMaxLength, ErrorMessage = "Keep the source under 500 characters.")]
    public string Source { get; set; } = string.Empty;

    [StringLength(PageRules.NavigationLabelMaxLength, ErrorMessage = "Keep the menu label under 40 characters.")]
    [Display(Name = "Menu label")]
    public string? NavigationLabel { get; set; }

    [Range(0, 9999, ErrorMessage = "Give a position from 0 to 9999.")]
    [Display(Name = "Position")]
    public int SortOrder { get; set; }

    [Display(Name = "Owner")]
    public string? OwnerUserId { get; set; }

    [Range(PageRules.MinReviewIntervalMonths, PageRules.MaxReviewIntervalMonths, ErrorMessage = "Give a review interval from 1 to 36 months.")]
    [Display(Name = "Review every (months)")]
    public int ReviewIntervalMonths { get; set; } = PageRules.DefaultReviewIntervalMonths;

    [Required]
    public string PageVersion { get; set; } = string.Empty;

    public static PageSettingsInput From(PageFacts facts) => new()
    {
        Source = facts.Source,
        NavigationLabel = facts.NavigationLabel,
        SortOrder = facts.SortOrder,
        OwnerUserId = facts.OwnerUserId,
        ReviewIntervalMonths = facts.ReviewIntervalMonths,
        PageVersion = facts.PageVersion,
    };

    public PageSettings ToSettings() => new(Source, NavigationLabel, SortOrder, OwnerUserId, ReviewIntervalMonths);
}

/// <summary>What the settings page shows: the form, who may own the page, and the retirement controls.</summary>
public sealed record PageSettingsViewModel(PageEditorData Page, PageSettingsInput Input, IReadOnlyList<Core.Accounts.StaffMember> Owners);

/// <summary>The review form: the sources checked, and a note.</summary>
public sealed class ReviewFormInput
{
    [Required(ErrorMessage = "Say which sources you checked the page against.")]
    [StringLength(PageRules.SourcesCheckedMaxLength, ErrorMessage = "Keep this under 1,000 characters.")]
    [Display(Name = "Sources checked")]
    public string? SourcesChecked { get; set; }

    [StringLength(PageRules.ReviewNoteMaxLength, ErrorMessage = "Keep the note under 1,000 characters.")]
    [Display(Name = "Note (optional)")]
    public string? Note { get; set; }

    public ReviewInput ToReview() => new(SourcesChecked ?? string.Empty, Note);
}

public sealed record ReviewQueueViewModel(IReadOnlyList<ReviewQueueRow> Rows, bool MineOnly);
