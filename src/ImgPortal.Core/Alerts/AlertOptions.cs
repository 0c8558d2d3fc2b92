using System.ComponentModel.DataAnnotations;

namespace ImgPortal.Core.Alerts;

/// <summary>The <c>Alerts</c> section: the change alert job and its unsubscribe links (ADR 0078).</summary>
public sealed class AlertOptions
{
    public const string SectionName = "Alerts";

    /// <summary>Whether the alert job runs on this instance.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the job looks for published changes to send.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long an e-mailed unsubscribe link works.</summary>
    [Range(1, 3650)]
    public int UnsubscribeLinkDays { get; set; } = 90;
}
