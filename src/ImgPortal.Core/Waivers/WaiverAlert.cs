namespace ImgPortal.Core.Waivers;

/// <summary>One alert to send now: <see cref="Key"/> is what the log remembers, so it goes once per member and event.</summary>
public sealed record WaiverAlert(string UserId, string Email, WaiverAlertKind Kind, WaiverAlertYear Year)
{
    public string Key => KeyOf(Kind, Year.Id);

    /// <summary>E.g. <c>waiver-opened:3</c>: the event is one program's fiscal year (its record) and what happened to it.</summary>
    public static string KeyOf(WaiverAlertKind kind, int yearId) =>
        (kind == WaiverAlertKind.CycleOpened ? "waiver-opened:" : "waiver-few-slots:") + yearId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
