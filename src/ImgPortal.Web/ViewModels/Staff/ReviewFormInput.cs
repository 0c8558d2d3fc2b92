using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;

namespace ImgPortal.Web.ViewModels.Staff;

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
