using System.ComponentModel.DataAnnotations;

namespace ImgPortal.Core.Common;

/// <summary>The <c>Staff</c> section: the time zone staff read and enter times in (times are stored in UTC).</summary>
public sealed class StaffTimeOptions
{
    public const string SectionName = "Staff";

    public const string DefaultTimeZone = "America/New_York";

    /// <summary>An IANA time zone id, e.g. <c>America/New_York</c> or <c>America/Chicago</c>.</summary>
    [Required]
    public string TimeZone { get; set; } = DefaultTimeZone;

    /// <summary>Whether <paramref name="id"/> names a time zone this machine knows.</summary>
    public static bool IsKnown(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
}
