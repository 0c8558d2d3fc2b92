namespace ImgPortal.Core.Planning;

/// <summary>
/// Match dates are set in US Eastern Time (NRMP and ERAS deadlines are "ET"): "today" for dates, past marks and
/// the turn of a cycle is the calendar day in New York, whatever the server's zone.
/// </summary>
public static class NewYorkTime
{
    public const string ZoneId = "America/New_York";

    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);
}
