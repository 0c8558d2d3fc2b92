using System.Globalization;
using ImgPortal.Core.Profiles;

namespace ImgPortal.Core.Planning;

/// <summary>
/// Which Match the member can realistically aim for, pure (no database, no clock: "today" is New York's day).
/// A cycle is open to a new entrant until its rank-order-list deadline has passed; within an open cycle each step
/// not done must be done by its date: Steps 1 and 2 CK by the day programs start receiving applications (so the
/// scores are in the application programs read), the Pathway with OET Medicine by ECFMG's Pathways deadline (the
/// later of the member's planned OET and Pathway dates is that step's booking), and
/// ECFMG's exam requirements by the rank-order-list deadline (NRMP). A cycle whose date for an open step has
/// passed, or whose booked exam falls after it, is out of reach and the next one is tried.
/// </summary>
public static class MatchCycleRule
{
    /// <summary>How many cycles ahead the rule looks before it stops (every step can be planned within that).</summary>
    public const int MaxCyclesAhead = 4;

    /// <summary>
    /// When ERAS has not announced the day programs start receiving applications, the rule plans with the end of
    /// September of the year before the Match, and says it is an assumption (programs received them in the last
    /// week of September in recent seasons).
    /// </summary>
    public static DateOnly AssumedApplicationsDue(int cycle) => new(cycle - 1, 9, 30);

    public const string NoGraduationSource =
        "Many programs set a limit on years since graduation (often named in their requirements as \"year of graduation\"). "
        + "What programs commonly set is not known: we found no current national figure from NRMP or AAMC that we can cite, so read each program's own requirements.";

    /// <summary>
    /// The day the portal last looked for a citable figure (NRMP's Program Director Survey, AAMC, program policies):
    /// docs/sources/dates.md says what was searched.
    /// </summary>
    public static readonly DateOnly GraduationSourceCheckedOn = new(2026, 12, 7);

    public static MatchCyclePlan? Compute(ProfileData? profile, IReadOnlyList<CycleDate> dates, DateOnly today)
    {
        if (profile is null)
        {
            return null;
        }

        var why = new List<string>();
        var cycle = FirstOpenCycle(dates, today, why);
        for (var tries = 0; ; tries++, cycle++)
        {
            var steps = StepsFor(profile, dates, cycle);
            var blocked = tries < MaxCyclesAhead ? steps.FirstOrDefault(s => OutOfReach(s, today)) : null;
            if (blocked is null)
            {
                why.Add(Reason(cycle, steps));
                return new MatchCyclePlan(cycle, why, steps, CriticalPath(steps, dates, cycle, today), Graduation(profile, cycle, today));
            }

            why.Add(blocked.PlannedOn is { } planned && blocked.DueBy is { } due && planned > due && due >= today
                ? $"The {cycle} Match is out of reach: {blocked.Title} is booked for {RoadmapRules.Format(planned)}, after {blocked.DueByText}."
                : $"The {cycle} Match is out of reach: {blocked.Title} had to be done by {blocked.DueByText}.");
        }
    }

    /// <summary>
    /// The turn of a cycle: the day after its rank-order-list deadline (New York time) the next cycle is the first
    /// open one. Without that date the start of Match Week stands in, and without either, March 1 of the Match year.
    /// </summary>
    public static int FirstOpenCycle(IReadOnlyList<CycleDate> dates, DateOnly today, List<string>? why = null)
    {
        var cycle = today.Year;
        while (true)
        {
            var known = DateOf(dates, cycle, DateMilestone.RankOrderListDeadline) ?? DateOf(dates, cycle, DateMilestone.MatchWeek);
            if (today <= (known ?? new DateOnly(cycle, 3, 1)))
            {
                return cycle;
            }

            if (known is not null)
            {
                why?.Add($"The {cycle} Match's rank-order-list deadline has passed.");
            }

            cycle++;
        }
    }

    public static IReadOnlyList<CycleStep> StepsFor(ProfileData profile, IReadOnlyList<CycleDate> dates, int cycle)
    {
        var certified = profile.EcfmgStatus == EcfmgStatus.Certified;
        var applications = DateOf(dates, cycle, DateMilestone.ErasProgramsReceive) ?? DateOf(dates, cycle, DateMilestone.ErasApplicantsSubmit);
        var applicationsDue = applications ?? AssumedApplicationsDue(cycle);
        var applicationsText = applications is { } a
            ? $"{RoadmapRules.Format(a)}, when programs start receiving applications"
            : $"about {RoadmapRules.Format(applicationsDue)} (we have no confirmed day when programs start receiving {cycle} applications, so we assume the end of September)";
        var rankList = DateOf(dates, cycle, DateMilestone.RankOrderListDeadline);
        var rankListText = rankList is { } r
            ? $"{RoadmapRules.Format(r)}, the rank-order-list deadline"
            : $"the {cycle} rank-order-list deadline (not announced yet)";
        var pathways = DateOf(dates, cycle, DateMilestone.PathwaysDeadline);
        var pathwaysText = pathways is { } p
            ? $"{RoadmapRules.Format(p)}, ECFMG's Pathways deadline"
            : rankList is null
                ? $"ECFMG's Pathways deadline for the {cycle} Match (not announced yet)"
                : $"{rankListText} (ECFMG's Pathways deadline for the {cycle} Match is not announced yet)";

        return
        [
            new CycleStep(
                RoadmapRules.Keys.Step1,
                "USMLE Step 1",
                applicationsDue,
                applicationsText,
                applications is null,
                "ECFMG certification needs it, and programs read it in your application, so it comes before you apply through ERAS.",
                certified || profile.Step1Result == ExamResult.Passed,
                profile.Step1Result == ExamResult.Passed ? null : profile.Step1Date),
            new CycleStep(
                RoadmapRules.Keys.Step2Ck,
                "USMLE Step 2 CK",
                applicationsDue,
                applicationsText,
                applications is null,
                "Programs look closely at the score when they choose whom to interview, and ECFMG certification needs it by the rank-order-list deadline.",
                certified || profile.Step2CkTaken,
                profile.Step2CkTaken ? null : profile.Step2CkDate),
            new CycleStep(
                RoadmapRules.Keys.English,
                "OET Medicine and an ECFMG Pathway",
                pathways ?? rankList,
                pathwaysText,
                false,
                "A Pathway with OET Medicine meets ECFMG's clinical and communication skills requirement; without it ECFMG cannot certify you.",
                certified || profile.OetAndPathwayDone,
                OetAndPathwayPlannedOn(profile)),
            new CycleStep(
                RoadmapRules.Keys.Ecfmg,
                "ECFMG's exam requirements for certification",
                rankList,
                rankListText,
                false,
                "NRMP only places applicants who meet ECFMG's exam requirements by the rank-order-list deadline; the certificate itself is needed before residency starts.",
                certified,
                null),
        ];
    }

    /// <summary>
    /// When the member plans to have both OET Medicine and the Pathway done: the later of the planned dates of the
    /// parts not done yet (a part without a planned date adds none).
    /// </summary>
    public static DateOnly? OetAndPathwayPlannedOn(ProfileData profile)
    {
        if (profile.OetAndPathwayDone)
        {
            return null;
        }

        DateOnly?[] planned = [profile.OetPassed ? null : profile.OetDate, profile.PathwayCompleted ? null : profile.PathwayDate];
        return planned.Max();
    }

    /// <summary>A step rules the cycle out when its date has passed, or when it is booked after its date.</summary>
    private static bool OutOfReach(CycleStep step, DateOnly today) =>
        !step.Done && step.DueBy is { } due && (due < today || step.PlannedOn is { } planned && planned > due);

    private static string Reason(int cycle, IReadOnlyList<CycleStep> steps)
    {
        var open = steps.Where(s => !s.Done).ToList();
        if (open.Count == 0)
        {
            return $"You have done every step ECFMG certification needs, so the {cycle} Match is open to you if you apply through ERAS and register with NRMP in time.";
        }

        var parts = open.Select(s => $"{s.Title} by {s.DueByText}");
        return $"To enter the {cycle} Match: {string.Join("; ", parts)}.";
    }

    /// <summary>The next three dated actions: open steps by their dates, and the applicant's own deadlines of the cycle.</summary>
    public static IReadOnlyList<CriticalAction> CriticalPath(IReadOnlyList<CycleStep> steps, IReadOnlyList<CycleDate> dates, int cycle, DateOnly today)
    {
        var actions = steps
            .Where(s => s.IsOwnDeadline(today))
            .Select(s => new CriticalAction(s.Key, s.PlannedOn is { } planned ? $"{s.Title} (booked for {RoadmapRules.Format(planned)})" : s.Title, s.DueBy!.Value, s.Why))
            .ToList();
        foreach (var date in dates.Where(d => d.Cycle == cycle && d.Date is { } day && day >= today))
        {
            var why = date.Milestone switch
            {
                DateMilestone.ErasApplicantsSubmit => "Applying early matters: interview invitations go out within weeks of programs receiving applications.",
                DateMilestone.NrmpEarlyRegistrationDeadline => "Registering with NRMP after this day costs a late fee; you cannot rank programs without registering.",
                DateMilestone.RankOrderListDeadline => "Only a certified rank order list takes part in the Match; after this day it cannot be changed.",
                DateMilestone.PathwaysDeadline => "ECFMG rejects a Pathways application not complete by this day, and then you cannot be certified for this Match.",
                _ => null,
            };
            if (why is not null)
            {
                actions.Add(new CriticalAction("season-" + date.Id.ToString(CultureInfo.InvariantCulture), date.Title, date.Date!.Value, why));
            }
        }

        return actions.OrderBy(a => a.Date).Take(3).ToList();
    }

    public static GraduationNote? Graduation(ProfileData profile, int cycle, DateOnly today) =>
        profile.GraduationYear is { } year && year <= today.Year + 1
            ? new GraduationNote(year, Math.Max(0, today.Year - year), cycle - year, NoGraduationSource, GraduationSourceCheckedOn)
            : null;

    private static DateOnly? DateOf(IReadOnlyList<CycleDate> dates, int cycle, DateMilestone milestone) =>
        dates.Where(d => d.Cycle == cycle && d.Milestone == milestone && d.Date is not null).Select(d => d.Date).FirstOrDefault();
}
