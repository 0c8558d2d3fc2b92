using ImgPortal.Core.Common;

namespace ImgPortal.Core.Mentoring;

public static class MentoringPaging
{
    public const int DirectoryPageSize = 20;
    public const int StaffPageSize = 25;

    public static PagedResult<T> Empty<T>(int page, int pageSize) => new([], page, pageSize, 0);
}
