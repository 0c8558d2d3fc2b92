namespace ImgPortal.Core.Common;

/// <summary>
/// The calendar the portal accepts a typed date or time in: nothing it keeps or filters on falls outside it,
/// and staying well inside <see cref="DateOnly.MinValue"/> and <see cref="DateOnly.MaxValue"/> leaves room for
/// the day arithmetic and time zone conversions done on a date (a filter's "to" day plus one, a local time to UTC).
/// </summary>
public static class DateBounds
{
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    public static readonly DateOnly Latest = new(2199, 12, 31);

    public static string Message => $"Give a date between {Earliest.Year} and {Latest.Year}.";

    public static bool Contains(DateOnly date) => date >= Earliest && date <= Latest;

    public static bool Contains(DateTime dateTime) => Contains(DateOnly.FromDateTime(dateTime));

    /// <summary>The date moved inside the bounds: a filter given 0001-01-01 or 9999-12-31 means "from the start" or "to the end".</summary>
    public static DateOnly Clamp(DateOnly date) => date < Earliest ? Earliest : date > Latest ? Latest : date;
}
