using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;

namespace ImgPortal.Web.ViewModels.Mentoring;

/// <summary>A numbered pager that shows a window of pages, so 500 pages do not mean 500 links.</summary>
public sealed record WindowedPagerViewModel(int Page, int TotalPages, Func<int, string> Url)
{
    public IEnumerable<int> Pages()
    {
        var window = Enumerable.Range(Page - 2, 5).Where(p => p >= 1 && p <= TotalPages);
        return new[] { 1, TotalPages }.Concat(window).Distinct().Order();
    }
}
