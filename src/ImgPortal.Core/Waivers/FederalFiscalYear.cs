using System.Globalization;

namespace ImgPortal.Core.Waivers;

/// <summary>
/// A US federal fiscal year, which Conrad 30 ("State 30") slots are counted in: it runs from October 1 to
/// September 30 and is named after the calendar year it ends in, so 2026-10-01 is in FY2027 and 2026-09-30 in FY2026.
/// </summary>
public readonly record struct FederalFiscalYear
{
    public const int FirstMonth = 10;

    public FederalFiscalYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        Year = year;
    }

    /// <summary>The calendar year the fiscal year ends in (its name).</summary>
    public int Year { get; }

    /// <summary>October 1 of the year before <see cref="Year"/>.</summary>
    public DateOnly Start => new(Year - 1, FirstMonth, 1);

    /// <summary>September 30 of <see cref="Year"/>.</summary>
    public DateOnly End => new(Year, FirstMonth - 1, 30);

    public FederalFiscalYear Next => new(Year + 1);

    /// <summary>
    /// The fiscal year it is now in Washington: a federal year turns at midnight Eastern time, so the evening of
    /// September 30 in New York is still the old year even though it is October 1 in UTC.
    /// </summary>
    public static FederalFiscalYear Current(TimeProvider clock) =>
        Of(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Washington).DateTime));

    private static readonly TimeZoneInfo Washington = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    /// <summary>The fiscal year <paramref name="date"/> falls in.</summary>
    public static FederalFiscalYear Of(DateOnly date) => new(date.Month >= FirstMonth ? date.Year + 1 : date.Year);

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>E.g. <c>FY2027</c>.</summary>
    public override string ToString() => "FY" + Year.ToString(CultureInfo.InvariantCulture);
}
