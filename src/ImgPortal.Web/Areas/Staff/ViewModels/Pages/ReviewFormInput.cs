using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Common;
using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;

namespace ImgPortal.Web.Areas.Staff.ViewModels.Pages;

/// <summary>The review form: the sources checked, and a note.</summary>
public sealed class ReviewFormInput
{
    [Required(ErrorMessage = PageMessages.SourcesCheckedRequired)]
    [StringLength(PageRules.SourcesCheckedMaxLength, ErrorMessage = PageMessages.SourcesCheckedTooLong)]
    [Display(Name = "Sources checked")]
    public string? SourcesChecked { get; set; }

    [StringLength(PageRules.ReviewNoteMaxLength, ErrorMessage = ValidationText.NoteTooLong)]
    [Display(Name = "Note (optional)")]
    public string? Note { get; set; }

    public ReviewInput ToReview() => new(SourcesChecked ?? string.Empty, Note);
}
