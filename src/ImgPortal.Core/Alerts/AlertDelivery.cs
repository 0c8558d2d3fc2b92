namespace ImgPortal.Core.Alerts;

/// <summary>How a member hears of the changes they follow.</summary>
public enum AlertDelivery
{
    /// <summary>No alerts (also what a one-click unsubscribe sets).</summary>
    Off,

    /// <summary>One e-mail per published change.</summary>
    EachChange,

    /// <summary>One e-mail a week listing the week's changes.</summary>
    WeeklyDigest,
}
