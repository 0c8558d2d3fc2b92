using ImgPortal.Core.Common;

namespace ImgPortal.Core.Mentoring;

public static class MentoringPaging
{
    public const int DirectoryPageSize = 20;
    public const int StaffPageSize = 25;

    /// <summary>
    /// The directory counts at most this many matches (then says "more than"), and pages no further than this:
    /// its cost stays the same at 1,000 or 100,000 mentors (docs/performance.md).
    /// </summary>
    public const int DirectoryCountLimit = 500;

    public const int DirectoryMaxPage = DirectoryCountLimit / DirectoryPageSize;

    public static PagedResult<T> Empty<T>(int page, int pageSize) => new([], page, pageSize, 0);
}
