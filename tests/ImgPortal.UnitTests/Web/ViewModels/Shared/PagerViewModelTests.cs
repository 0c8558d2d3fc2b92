using ImgPortal.Web.ViewModels.Shared;

namespace ImgPortal.UnitTests.Web.ViewModels.Shared;

public sealed class PagerViewModelTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(500)]
    [InlineData(999)]
    [InlineData(1000)]
    public void WindowPages_OneThousandPages_LinksABoundedWindowAroundTheCurrentPage(int page)
    {
        var pager = new PagerViewModel(page, 1000);

        var window = pager.WindowPages();

        Assert.InRange(window.Count, 1, (2 * PagerViewModel.Window) + 1);
        Assert.Contains(page, window);
        Assert.All(window, p => Assert.InRange(p, Math.Max(1, page - PagerViewModel.Window), Math.Min(1000, page + PagerViewModel.Window)));
        Assert.True(PagerViewModel.MaxLinks < 12);
    }

    [Fact]
    public void RouteFor_KeepsTheFiltersAndDropsEmptyOnes()
    {
        var pager = new PagerViewModel(3, 10, new Dictionary<string, string?> { ["type"] = "Organization", ["actor"] = null });

        var route = pager.RouteFor(4);

        Assert.Equal("Organization", route["type"]);
        Assert.Equal("4", route["page"]);
        Assert.False(route.ContainsKey("actor"));
    }
}
