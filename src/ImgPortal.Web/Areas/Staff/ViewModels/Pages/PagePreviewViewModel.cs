using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;

namespace ImgPortal.Web.Areas.Staff.ViewModels.Pages;

/// <summary>The staff preview; <paramref name="NeverPublished"/>: the page has never been live, so it has no review to show.</summary>
public sealed record PagePreviewViewModel(PagePreview Preview, bool NeverPublished = false);
