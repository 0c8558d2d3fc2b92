using System.Globalization;
using Microsoft.Extensions.Options;

namespace ImgPortal.Core.Common;

/// <summary>
/// Converts between UTC (what is stored) and the society's time zone (what staff read and type,
/// <c>Staff:TimeZone</c>). A local time that does not exist (the hour skipped when clocks go forward) is refused
/// with a message; a local time that happens twice (the hour repeated when clocks go back) is read as the
/// first of the two, daylight time, every time.
/// </summary>
public sealed class StaffTimeZone
{
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");

    public StaffTimeZone(IOptions<StaffTimeOptions> options)
    {
        Zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
        Name = NameOf(options.Value.TimeZone);
    }

    public TimeZoneInfo Zone { get; }

    /// <summary>How staff are told which zone a time is in, e.g. "New York time".</summary>
    public string Name { get; }

    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The UTC instant of a local time typed by staff, or why it cannot be one (under <paramref name="field"/>).</summary>
    public Outcome<DateTime> ToUtc(DateTime local, string field)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (!DateBounds.Contains(unspecified))
        {
            // Year 1 or 9999 would convert to a UTC instant outside DateTime's range.
            return Outcome.Invalid(field, DateBounds.Message).As<DateTime>();
        }

        if (Zone.IsInvalidTime(unspecified))
        {
            var message = $"{unspecified.ToString("h:mm tt", Us)} on {unspecified.ToString("MMMM d, yyyy", Us)} does not exist in {Name}: "
                + "the clocks go forward an hour that night. Choose a time outside the skipped hour.";
            return Outcome.Invalid(field, message).As<DateTime>();
        }

        if (Zone.IsAmbiguousTime(unspecified))
        {
            // The repeated hour: take its first occurrence (the larger offset, daylight time).
            var offset = Zone.GetAmbiguousTimeOffsets(unspecified).Max();
            return Outcome.DoneWith(string.Empty, new DateTimeOffset(unspecified, offset).UtcDateTime);
        }

        return Outcome.DoneWith(string.Empty, TimeZoneInfo.ConvertTimeToUtc(unspecified, Zone));
    }

    /// <summary>A stored UTC time as staff read it, e.g. "Mar 8, 2026, 3:30 PM (New York time)".</summary>
    public string Format(DateTime utc) => ToLocal(utc).ToString("MMM d, yyyy, h:mm tt", Us) + " (" + Name + ")";

    /// <summary>The value of a <c>datetime-local</c> input for a stored UTC time.</summary>
    public string InputValue(DateTime utc) => ToLocal(utc).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    /// <summary>The local day (in the society's zone) of a UTC instant.</summary>
    public DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    /// <summary>The staff calendar day of an instant, as a table shows it: "Nov 26, 2026".</summary>
    public string FormatDate(DateTime utc) => LocalDate(utc).ToString("MMM d, yyyy", Us);

    private static string NameOf(string id)
    {
        var city = id.Contains('/', StringComparison.Ordinal) ? id[(id.LastIndexOf('/') + 1)..] : id;
        return city.Replace('_', ' ') + " time";
    }
}
