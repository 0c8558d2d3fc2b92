using ImgPortal.Core.Common;

namespace ImgPortal.Core.Mentoring.Directory;

/// <summary>
/// One page of the public directory. Matches are counted only up to <see cref="MentoringPaging.DirectoryCountLimit"/>:
/// <see cref="MoreThanCounted"/> says there are more than that, and the pages stop there (narrow the filters to see others).
/// </summary>
public sealed record DirectoryResults(PagedResult<DirectoryEntry> Page, bool MoreThanCounted);
