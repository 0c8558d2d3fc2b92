namespace ImgPortal.Core.Mentoring.Vetting;

/// <summary>The vetting checklist, when it is complete, and when a license needs checking again. Pure: callers pass today.</summary>
public static class VettingRules
{
    /// <summary>How long before a license's expiry staff are asked to check it again.</summary>
    public const int RecheckDaysBeforeExpiry = 30;

    public static readonly IReadOnlyList<VettingItem> Items =
        [VettingItem.LicenseVerified, VettingItem.CodeOfConductAccepted, VettingItem.OrientationDone];

    public static string Label(VettingItem item) => item switch
    {
        VettingItem.LicenseVerified => "License found active on the state's public lookup",
        VettingItem.CodeOfConductAccepted => "The program's terms and code of conduct accepted",
        _ => "Orientation done",
    };

    /// <summary>
    /// A license check is due when it was never made, or when a license expires within
    /// <see cref="RecheckDaysBeforeExpiry"/> days (or has expired) and the last check is older than that window.
    /// </summary>
    public static bool LicenseRecheckDue(IEnumerable<DateOnly?> expiries, DateTime? lastCheckedUtc, DateOnly today)
    {
        if (lastCheckedUtc is not { } checkedAt)
        {
            return true;
        }

        var checkedOn = DateOnly.FromDateTime(checkedAt);
        return expiries.OfType<DateOnly>().Any(expires =>
            expires.AddDays(-RecheckDaysBeforeExpiry) <= today && checkedOn < expires.AddDays(-RecheckDaysBeforeExpiry));
    }

    /// <summary>Who "checked" an item the mentor accepted themselves on the volunteer form.</summary>
    public const string AcceptedByTheMentor = "the mentor (on the volunteer form)";

    /// <summary>Where the mentor orientation is: a section of the mentoring guidance page.</summary>
    public const string OrientationPath = "/mentoring#mentor-orientation";

    /// <summary>
    /// The checklist as staff see it. What the mentor accepted when volunteering counts as done: the terms and code of
    /// conduct (<paramref name="termsAcceptedAtUtc"/>) and, when they confirmed reading it, the orientation
    /// (<paramref name="orientationReadAtUtc"/>). Staff are not asked to tick again what the mentor already accepted.
    /// </summary>
    public static IReadOnlyList<VettingStep> Steps(
        IReadOnlyCollection<VettingCheck> checks, IEnumerable<DateOnly?> expiries, DateOnly today, DateTime? termsAcceptedAtUtc = null,
        DateTime? orientationReadAtUtc = null) =>
        Items.Select(item =>
        {
            var check = checks.FirstOrDefault(c => c.Item == item);
            var acceptedAt = item switch
            {
                VettingItem.CodeOfConductAccepted => termsAcceptedAtUtc,
                VettingItem.OrientationDone => orientationReadAtUtc,
                _ => null,
            };
            if (check is null && acceptedAt is { } accepted && accepted != default)
            {
                return new VettingStep(item, Label(item), accepted, AcceptedByTheMentor, false);
            }

            var due = item == VettingItem.LicenseVerified
                ? LicenseRecheckDue(expiries, check?.CheckedAtUtc, today)
                : check is null;
            return new VettingStep(item, Label(item), check?.CheckedAtUtc, check?.CheckedBy, due);
        }).ToList();

    /// <summary>Every item ticked and no license re-check due: a pending mentor may be approved.</summary>
    public static bool IsComplete(IReadOnlyList<VettingStep> steps) => steps.All(s => !s.Due);
}
