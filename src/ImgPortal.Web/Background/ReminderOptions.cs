using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Profiles;
using Microsoft.Extensions.Options;

namespace ImgPortal.Web.Background;

/// <summary>The <c>Reminders</c> section: whether the reminder e-mails run, and how often.</summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    public bool Enabled { get; set; } = true;

    /// <summary>How often due reminders are looked for (e.g. <c>01:00:00</c>); at least a minute.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ErrorMessage = "Reminders:Interval must be between 1 minute and 7 days.")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}
