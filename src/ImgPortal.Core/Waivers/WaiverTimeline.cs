namespace ImgPortal.Core.Waivers;

/// <summary>
/// Works out a personal Conrad 30 ("State 30") waiver timeline from the member's start date, pure (ADR 0043). Each
/// step's typical duration is taken from a cited source; a step no source times is "unknown", and so are the dates
/// after it, until the member gives the date the state sent its recommendation.
/// </summary>
public static class WaiverTimeline
{
    public static readonly DateOnly Checked = new(2026, 11, 26);

    public static readonly WaiverTimelineSource CaseNumberSource = new(
        "August Network: J-1 waiver procedures, DS-3035 online application (secondary source)",
        "https://augustnetwork.com/resources/immigration/j1-waiver-procedures-and-information",
        Checked);

    public static readonly WaiverTimelineSource StateReviewSource = new(
        "Ford Murray Law: the Conrad 30 J-1 waiver process, undated (secondary source)",
        "https://fordmurraylaw.com/?p=4979",
        new DateOnly(2026, 12, 7));

    public static readonly WaiverTimelineSource DepartmentOfStateSource = StateReviewSource;

    public static readonly WaiverTimelineSource UscisSource = new(
        "GreenCardApply: the J-1 waiver process at DOS and USCIS, undated (secondary source)",
        "http://greencardapply.com/j1/j1_waiver2.htm",
        Checked);

    public static readonly WaiverTimelineSource StartWorkSource = new(
        "New York State Department of Health: State 30 Program Information Bulletin",
        "https://www.health.ny.gov/professionals/j-1_visa_waivers/",
        Checked);

    /// <summary>
    /// The Department of State's review: 8 to 12 weeks (Ford Murray Law). The Department publishes no typical time; this
    /// one figure is used by the timeline, the J-1 waiver page and state30.json alike (facts check row 23).
    /// </summary>
    public const int DepartmentOfStateMinDays = 8 * 7;

    public const int DepartmentOfStateMaxDays = 12 * 7;

    /// <summary>The USCIS decision: about 3 to 4 months (GreenCardApply).</summary>
    public const int UscisMinMonths = 3;

    public const int UscisMaxMonths = 4;

    /// <summary>Work starts within 90 days of receiving the waiver (NYSDOH bulletin).</summary>
    public const int StartWorkDays = 90;

    public static IReadOnlyList<WaiverTimelineStep> Build(DateOnly startedOn, DateOnly? stateRecommendedOn)
    {
        DateOnly? Add(DateOnly? date, int days) => date?.AddDays(days);
        DateOnly? AddMonths(DateOnly? date, int months) => date?.AddMonths(months);

        var dosEarliest = Add(stateRecommendedOn, DepartmentOfStateMinDays);
        var dosLatest = Add(stateRecommendedOn, DepartmentOfStateMaxDays);
        var uscisEarliest = AddMonths(dosEarliest, UscisMinMonths);
        var uscisLatest = AddMonths(dosLatest, UscisMaxMonths);

        return
        [
            new("case-number", "Case number from the Department of State (DS-3035)", "The same day you complete the online form", CaseNumberSource, startedOn, startedOn),
            new(
                "state-review",
                "The state's review and recommendation",
                "Unknown for New York: no source we checked gives a typical time (states in general take several weeks to several months)",
                StateReviewSource,
                stateRecommendedOn,
                stateRecommendedOn,
                FromMember: stateRecommendedOn is not null),
            new("dos-recommendation", "The Department of State's recommendation", "8 to 12 weeks after the state's recommendation", DepartmentOfStateSource, dosEarliest, dosLatest),
            new("uscis-decision", "USCIS decision on the waiver", "About 3 to 4 months after the Department of State's recommendation", UscisSource, uscisEarliest, uscisLatest),
            new("start-work", "Start work with your sponsoring employer", "Within 90 days of receiving the waiver", StartWorkSource, Add(uscisEarliest, StartWorkDays), Add(uscisLatest, StartWorkDays), IsDeadline: true),
        ];
    }
}
