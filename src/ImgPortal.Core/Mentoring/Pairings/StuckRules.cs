namespace ImgPortal.Core.Mentoring.Pairings;

/// <summary>
/// When an active pairing needs staff: no meeting logged <see cref="NoMeetingDays"/> days after acceptance, or
/// a side's latest check-in answer is "not going well".
/// </summary>
public static class StuckRules
{
    public const int NoMeetingDays = 30;

    public const string NoMeetingReason = "No meeting logged in the 30 days since acceptance";

    public static DateTime NoMeetingCutoff(DateTime nowUtc) => nowUtc.AddDays(-NoMeetingDays);

    public static string NotWellReason(PairingSide side) =>
        side == PairingSide.Mentor ? "The mentor answered \"not going well\"" : "The mentee answered \"not going well\"";

    public static IReadOnlyList<string> Reasons(DateTime acceptedAtUtc, DateTime nowUtc, bool meetingLogged, IEnumerable<PairingSide> notWell)
    {
        var reasons = new List<string>();
        if (!meetingLogged && acceptedAtUtc <= NoMeetingCutoff(nowUtc))
        {
            reasons.Add(NoMeetingReason);
        }

        reasons.AddRange(notWell.Distinct().Order().Select(NotWellReason));
        return reasons;
    }
}
