using ImgPortal.Core.Content.Editing;

namespace ImgPortal.Web.Areas.Staff.ViewModels.Pages;

/// <summary>The draft page's review panel, and the refused review form with what was typed in it, if any.</summary>
public sealed record DraftReviewPanelViewModel(DraftReviewPanel Panel, DraftReviewTyped? Typed);
