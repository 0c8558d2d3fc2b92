namespace ImgPortal.Core.Alerts;

/// <summary>
/// A member's follow settings as the form shows and posts them. <see cref="IsNew"/>: nothing saved yet, so the
/// choices are the starting ones. <see cref="FromProfile"/>: some of them came from the member's profile (a visa
/// need or states of interest); false for a member with no profile, or one that gave neither.
/// </summary>
public sealed record AlertSettings(
    AlertDelivery Delivery, IReadOnlyList<string> Topics, IReadOnlyList<string> States, bool IsNew = false, bool FromProfile = false);

/// <summary>A member's stored follow settings with their dates, as her personal-data download lists them.</summary>
public sealed record SavedAlertSettings(
    AlertDelivery Delivery,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> States,
    DateTime FollowingSinceUtc,
    DateTime? LastDigestAtUtc,
    DateTime UpdatedAtUtc);
