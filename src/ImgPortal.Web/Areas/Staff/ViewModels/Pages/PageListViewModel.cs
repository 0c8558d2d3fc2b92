using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;

namespace ImgPortal.Web.Areas.Staff.ViewModels.Pages;

public sealed record PageListViewModel(IReadOnlyList<StaffPageRow> Pages);
