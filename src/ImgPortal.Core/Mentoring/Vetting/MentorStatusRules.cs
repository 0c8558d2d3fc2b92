namespace ImgPortal.Core.Mentoring.Vetting;

/// <summary>
/// Where a mentor may go from each status, which moves need a reason, and when someone may apply again.
/// The one place these rules live: services enforce them, pages ask for them (<see cref="TransitionsFrom"/>).
/// </summary>
public static class MentorStatusRules
{
    private static readonly Dictionary<MentorStatus, MentorStatus[]> StaffTransitions =
        new Dictionary<MentorStatus, MentorStatus[]>
        {
            [MentorStatus.Pending] = [MentorStatus.Approved, MentorStatus.Declined],
            [MentorStatus.Approved] = [MentorStatus.Paused, MentorStatus.Retired],
            [MentorStatus.Paused] = [MentorStatus.Approved, MentorStatus.Retired],
            [MentorStatus.Declined] = [],
            [MentorStatus.Retired] = [],
        };

    /// <summary>Whether staff may move a mentor from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool MayMove(MentorStatus from, MentorStatus to) => StaffTransitions[from].Contains(to);

    /// <summary>Declining and pausing are e-mailed to the mentor with staff's reason, so they need one.</summary>
    public static bool NeedsReason(MentorStatus to) => to is MentorStatus.Declined or MentorStatus.Paused;

    /// <summary>Nobody, a declined applicant and a retired mentor may (re-)apply; anyone else already has an application or a place.</summary>
    public static bool MayApply(MentorStatus? current) => current is null or MentorStatus.Declined or MentorStatus.Retired;

    /// <summary>The moves staff may make from <paramref name="from"/>, each with its button label and whether it needs a reason.</summary>
    public static IReadOnlyList<MentorTransition> TransitionsFrom(MentorStatus from) =>
        StaffTransitions[from]
            .Select(to => new MentorTransition(to, Label(from, to), NeedsReason(to)))
            .ToList();

    /// <summary>The status as it reads inside a sentence: "Dr. Rao is now approved."</summary>
    public static string InWords(MentorStatus status) => status switch
    {
        MentorStatus.Pending => "waiting for vetting",
        MentorStatus.Approved => "approved",
        MentorStatus.Declined => "declined",
        MentorStatus.Paused => "paused",
        _ => "retired",
    };

    private static string Label(MentorStatus from, MentorStatus to) => to switch
    {
        MentorStatus.Approved when from == MentorStatus.Paused => "Resume",
        MentorStatus.Approved => "Approve",
        MentorStatus.Declined => "Decline",
        MentorStatus.Paused => "Pause",
        _ => "Retire",
    };
}
