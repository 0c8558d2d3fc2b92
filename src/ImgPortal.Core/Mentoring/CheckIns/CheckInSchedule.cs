namespace ImgPortal.Core.Mentoring.CheckIns;

/// <summary>
/// When check-in e-mails are due: 30 and 90 days after acceptance. Only the latest milestone reached is due
/// (a pairing found at day 95 that never had its 30-day check-in gets the 90-day one only), and a milestone
/// already sent is never due again.
/// </summary>
public static class CheckInSchedule
{
    public static readonly IReadOnlyList<CheckInMilestone> Milestones = [CheckInMilestone.Day30, CheckInMilestone.Day90];

    /// <summary>The first day a pairing accepted at <paramref name="acceptedAtUtc"/> may be asked at <paramref name="milestone"/>.</summary>
    public static DateTime DueAt(DateTime acceptedAtUtc, CheckInMilestone milestone) => acceptedAtUtc.AddDays((int)milestone);

    /// <summary>The milestone to send now, or null when nothing is due.</summary>
    public static CheckInMilestone? Due(DateTime acceptedAtUtc, DateTime nowUtc, IReadOnlyCollection<CheckInMilestone> alreadySent)
    {
        var reached = Milestones.Where(m => DueAt(acceptedAtUtc, m) <= nowUtc).ToList();
        if (reached.Count == 0)
        {
            return null;
        }

        var latest = reached[^1];
        return alreadySent.Contains(latest) ? null : latest;
    }

    /// <summary>The earliest acceptance time that has reached the first milestone by <paramref name="nowUtc"/>.</summary>
    public static DateTime FirstDueCutoff(DateTime nowUtc) => nowUtc.AddDays(-(int)Milestones[0]);
}
