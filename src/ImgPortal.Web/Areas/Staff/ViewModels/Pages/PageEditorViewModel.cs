using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;

namespace ImgPortal.Web.Areas.Staff.ViewModels.Pages;

/// <summary>What the page editor shows: the form, the state of the draft, and on a conflict the text saved meanwhile.</summary>
public sealed record PageEditorViewModel(int Id, string Slug, PageEditInput Input, PageEditorData Saved, PageContent? ConflictingSaved = null)
{
    /// <summary>The review form, pre-filled with the page's source line.</summary>
    public ReviewFormInput Review { get; init; } = new() { SourcesChecked = Saved.Facts.Source };

    /// <summary>A refused comment, approval or return on the draft's review panel, shown again as typed.</summary>
    public DraftReviewTyped? ReviewTyped { get; init; }

    /// <summary>The publish form's change note as typed, when the publication was not saved (a busy database, ADR 0104).</summary>
    public string? PublishNoteTyped { get; init; }

    /// <summary>The schedule form as typed, when the schedule was not saved (a busy database, ADR 0104).</summary>
    public ScheduleInput? ScheduleTyped { get; init; }

    /// <summary>Sections in the form: the page's own, then one blank row to add a new one.</summary>
    public static PageEditInput InputFrom(PageEditorData data) => new()
    {
        Title = data.Content.Title,
        Summary = data.Content.Summary,
        BodyMarkdown = data.Content.BodyMarkdown,
        BaseVersion = data.VersionToken,
        Sections = [.. data.Content.Sections.Select(s => new SectionInput { Kind = s.Kind, Heading = s.Heading, BodyMarkdown = s.BodyMarkdown, Sources = s.Sources, Cycle = s.Cycle })],
    };

    /// <summary>The id of the editor's section at <paramref name="index"/> (0-based), e.g. <c>section-2</c>; a move lands there.</summary>
    public static string SectionAnchor(int index) => "section-" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
