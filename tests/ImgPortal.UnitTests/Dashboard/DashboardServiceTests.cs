using ImgPortal.Core.Dashboard;

namespace ImgPortal.UnitTests.Dashboard;

public sealed class DashboardServiceTests
{
    [Theory]
    [InlineData("2025-01-15", "2026-01-15", 12)]
    [InlineData("2025-01-15", "2026-01-14", 11)]
    [InlineData("2026-03-01", "2026-02-01", 0)]
    public void MonthsBetween_Dates_CountsWholeMonths(string from, string to, int expected) =>
        Assert.Equal(expected, DashboardService.MonthsBetween(DateOnly.Parse(from), DateOnly.Parse(to)));

}
