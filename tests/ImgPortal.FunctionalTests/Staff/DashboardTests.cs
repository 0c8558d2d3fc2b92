using ImgPortal.Core.Common;
using ImgPortal.TestSupport;

namespace ImgPortal.FunctionalTests.Staff;

public sealed class DashboardTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task StaffHome_ShowsEachChartAsSvgWithTheSameNumbersInATable()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var home = await HtmlPage.GetAsync(staff, "/staff");

        foreach (var id in new[] { "stages", "requests", "pairings", "waivers", "review-age" })
        {
            var chart = home.Document.QuerySelector($"section[aria-labelledby='{id}-title']")!;
            var svg = chart.QuerySelector("svg[role=img]");
            Assert.NotNull(svg);
            var bars = svg!.QuerySelectorAll("rect.bar").Length;
            var rows = chart.QuerySelectorAll($"#{id}-table tbody tr").Length;
            Assert.True(bars > 0);
            Assert.Equal(bars, rows);
        }

        Assert.NotNull(home.Document.QuerySelector("a[href='/staff/pages']"));
    }
}
