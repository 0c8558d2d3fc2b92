using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;

namespace ImgPortal.Web.Areas.Staff.ViewModels.Pages;

public sealed record ReviewQueueViewModel(IReadOnlyList<ReviewQueueRow> Rows, bool MineOnly);
