using ImgPortal.Core.Common;
using ImgPortal.Web.ModelBinding;

namespace ImgPortal.UnitTests.Web.ModelBinding;

public sealed class DateInputTests
{
    [Theory]
    [InlineData("2024-03-14", 2024, 3, 14)]
    [InlineData("14/03/2024", 2024, 3, 14)]
    [InlineData("03/14/2024", 2024, 3, 14)]
    [InlineData("14-3-2024", 2024, 3, 14)]
    [InlineData("05/05/2024", 2024, 5, 5)]
    [InlineData("14 March 2024", 2024, 3, 14)]
    [InlineData("14 Mar 2024", 2024, 3, 14)]
    [InlineData("March 14, 2024", 2024, 3, 14)]
    public void TryParse_DateWithOnlyOneReading_ReadsIt(string typed, int year, int month, int day)
    {
        var ok = DateInput.TryParse(typed, out var date, out var error);

        Assert.True(ok, error);
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Fact]
    public void TryParse_DayAndMonthBothTwelveOrLess_RefusesAndNamesBothReadings()
    {
        var ok = DateInput.TryParse("02/09/2025", out _, out var error);

        Assert.False(ok);
        Assert.Contains("September 2, 2025", error, StringComparison.Ordinal);
        Assert.Contains("February 9, 2025", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("31/02/2024")]
    [InlineData("14/13/2024")]
    [InlineData("next Tuesday")]
    [InlineData("2024-02-30")]
    public void TryParse_NotADate_RefusesWithTheHint(string typed)
    {
        var ok = DateInput.TryParse(typed, out _, out var error);

        Assert.False(ok);
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("31/12/9999")]
    [InlineData("1899-12-31")]
    [InlineData("2200-01-01")]
    public void TryParse_ADateOutsideTheYearsThePortalKeeps_RefusesWithTheBounds(string typed)
    {
        var ok = DateInput.TryParse(typed, out _, out var error);

        Assert.False(ok);
        Assert.Contains(DateBounds.Message, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1900-01-01")]
    [InlineData("2199-12-31")]
    public void TryParse_TheFirstAndLastDayInBounds_Reads(string typed)
    {
        var ok = DateInput.TryParse(typed, out _, out var error);

        Assert.True(ok, error);
    }
}
