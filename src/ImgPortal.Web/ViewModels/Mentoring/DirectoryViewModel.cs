using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;

namespace ImgPortal.Web.ViewModels.Mentoring;

public sealed record DirectoryViewModel(DirectoryFilter Filter, PagedResult<DirectoryEntry> Results, bool MoreThanCounted);
