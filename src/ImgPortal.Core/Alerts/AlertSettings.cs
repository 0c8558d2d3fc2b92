namespace ImgPortal.Core.Alerts;

/// <summary>
/// A member's follow settings as the form shows and posts them. <see cref="IsNew"/>: nothing saved yet, so the
/// choices were pre-filled from the profile (visa need, states of interest).
/// </summary>
public sealed record AlertSettings(AlertDelivery Delivery, IReadOnlyList<string> Topics, IReadOnlyList<string> States, bool IsNew = false);

/// <summary>A member's stored follow settings with their dates, as her personal-data download lists them.</summary>
public sealed record SavedAlertSettings(
    AlertDelivery Delivery,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> States,
    DateTime FollowingSinceUtc,
    DateTime? LastDigestAtUtc,
    DateTime UpdatedAtUtc);
