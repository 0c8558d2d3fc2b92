using ImgPortal.Core.Waivers;
using Microsoft.Extensions.Time.Testing;

namespace ImgPortal.UnitTests.Waivers;

public sealed class FederalFiscalYearTests
{
    [Theory]
    [InlineData("2026-10-01T03:59:00Z", 2026)]
    [InlineData("2026-10-01T04:00:00Z", 2027)]
    public void Current_AroundMidnightInWashington_TurnsAtEasternMidnightNotUtc(string utc, int expected)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        var year = FederalFiscalYear.Current(clock);

        Assert.Equal(expected, year.Year);
    }

    [Theory]
    [InlineData("2026-09-30", 2026)]
    [InlineData("2026-10-01", 2027)]
    [InlineData("2026-12-31", 2027)]
    [InlineData("2027-01-01", 2027)]
    [InlineData("2027-09-30", 2027)]
    [InlineData("2027-10-01", 2028)]
    [InlineData("2028-02-29", 2028)]
    public void Of_Date_IsTheFiscalYearNamedAfterTheYearItEndsIn(string date, int expected)
    {
        var fiscalYear = FederalFiscalYear.Of(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, fiscalYear.Year);
    }

    [Fact]
    public void StartAndEnd_Fy2027_Are1October2026And30September2027()
    {
        var fiscalYear = new FederalFiscalYear(2027);

        Assert.Equal(new DateOnly(2026, 10, 1), fiscalYear.Start);
        Assert.Equal(new DateOnly(2027, 9, 30), fiscalYear.End);
        Assert.Equal("FY2027", fiscalYear.ToString());
    }

    [Fact]
    public void Contains_BoundaryDays_AreInsideAndTheDaysAroundThemOutside()
    {
        var fiscalYear = new FederalFiscalYear(2027);

        Assert.True(fiscalYear.Contains(new DateOnly(2026, 10, 1)));
        Assert.True(fiscalYear.Contains(new DateOnly(2027, 9, 30)));
        Assert.False(fiscalYear.Contains(new DateOnly(2026, 9, 30)));
        Assert.False(fiscalYear.Contains(new DateOnly(2027, 10, 1)));
    }

    [Fact]
    public void Next_Fy2027_IsFy2028StartingTheDayAfterFy2027Ends()
    {
        var fiscalYear = new FederalFiscalYear(2027);

        var next = fiscalYear.Next;

        Assert.Equal(2028, next.Year);
        Assert.Equal(fiscalYear.End.AddDays(1), next.Start);
    }
}
