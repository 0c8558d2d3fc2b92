using System.Globalization;
using System.Text.RegularExpressions;
using ImgPortal.Core.Common;

namespace ImgPortal.Web.ModelBinding;

/// <summary>
/// Reads a date as people abroad type it, and never guesses. The date picker posts <c>2024-03-14</c>;
/// where a browser shows a plain text box people write <c>14/03/2024</c>, <c>14.03.2024</c>,
/// <c>14 March 2024</c> or <c>March 14, 2024</c>. Numbers are read day-first or month-first only when one
/// of them is over 12 (or both are equal); <c>02/09/2025</c> could be 2 September or 9 February, so it is
/// refused with a message that asks for the unambiguous form.
/// </summary>
public static partial class DateInput
{
    public const string Hint = "Pick the date, or type it as year-month-day, e.g. 2024-03-14.";

    private static readonly string[] NamedFormats =
    [
        "d MMMM yyyy", "d MMM yyyy", "MMMM d yyyy", "MMM d yyyy", "MMMM d, yyyy", "MMM d, yyyy", "d MMMM, yyyy",
    ];

    public static bool TryParse(string? raw, out DateOnly date, out string? error)
    {
        if (!TryRead(raw, out date, out error))
        {
            return false;
        }

        if (!DateBounds.Contains(date))
        {
            // 0001-01-01 and 9999-12-31 are dates, but no date the portal keeps: refused before any arithmetic overflows.
            error = $"\"{raw!.Trim()}\" is too far in the past or future. {DateBounds.Message}";
            date = default;
            return false;
        }

        return true;
    }

    private static bool TryRead(string? raw, out DateOnly date, out string? error)
    {
        date = default;
        error = null;
        var text = raw?.Trim() ?? string.Empty;

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            || DateOnly.TryParseExact(text, NamedFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date))
        {
            return true;
        }

        var numbers = Numeric().Match(text);
        if (!numbers.Success)
        {
            error = $"\"{text}\" is not a date we can read. {Hint}";
            return false;
        }

        var first = int.Parse(numbers.Groups[1].Value, CultureInfo.InvariantCulture);
        var second = int.Parse(numbers.Groups[2].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(numbers.Groups[3].Value, CultureInfo.InvariantCulture);
        (int Day, int Month)? reading = (first > 12, second > 12) switch
        {
            (true, false) => (first, second),
            (false, true) => (second, first),
            (false, false) when first == second => (first, second),
            _ => null,
        };

        if (reading is null)
        {
            error = first > 12
                ? $"\"{text}\" is not a date we can read. {Hint}"
                : $"\"{text}\" could be {Describe(first, second, year)} or {Describe(second, first, year)}. Type it as year-month-day, e.g. {year:0000}-{second:00}-{first:00}.";
            return false;
        }

        if (reading.Value.Month is < 1 or > 12 || reading.Value.Day < 1 || reading.Value.Day > DateTime.DaysInMonth(year, reading.Value.Month))
        {
            error = $"\"{text}\" is not a date on the calendar. {Hint}";
            return false;
        }

        date = new DateOnly(year, reading.Value.Month, reading.Value.Day);
        return true;
    }

    private static string Describe(int day, int month, int year) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day).ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)
            : $"day {day} of month {month}";

    [GeneratedRegex(@"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})$")]
    private static partial Regex Numeric();
}
