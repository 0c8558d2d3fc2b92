using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Directory;

namespace ImgPortal.Web.ViewModels.Mentoring;

/// <summary>
/// The mentor directory: <paramref name="MoreThanCounted"/> says more mentors match than were counted;
/// <paramref name="MembersMayChoose"/> shows each mentor's "Ask this mentor" button.
/// </summary>
public sealed record DirectoryViewModel(DirectoryFilter Filter, PagedResult<DirectoryEntry> Results, bool MoreThanCounted, bool MembersMayChoose = false);
