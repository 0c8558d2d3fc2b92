using System.Globalization;
using ImgPortal.Core.Content;

namespace ImgPortal.Core.Profiles;

/// <summary>
/// The roadmap's rules, pure: which step states follow from a profile, where a member stands and what they
/// should do next. No database, no clock: callers pass today's date.
/// </summary>
public static class RoadmapRules
{
    public const int FcvsFollowUpDays = 30;

    /// <summary>
    /// Below this many months of US clinical experience the roadmap suggests gaining more. No source we checked
    /// (December 7, 2026) gives a minimum that programs share: each program sets its own, so the reason says so.
    /// </summary>
    public const int MinClinicalMonths = 3;

    public const int UpcomingDays = 30;

    public static class Keys
    {
        public const string Step1 = "usmle-step1";
        public const string Step2Ck = "usmle-step2ck";
        public const string English = "english-proficiency";
        public const string Pathway = "ecfmg-pathway";
        public const string Ecfmg = "ecfmg-certification";
        public const string ClinicalExperience = "us-clinical-experience";
        public const string VisaPlan = "visa-plan";
        public const string Eras = "eras-application";
        public const string RankList = "rank-order-list";
        public const string Match = "match-and-soap";
        public const string Fcvs = "fcvs-profile";
        public const string Step3 = "usmle-step3";
        public const string J1Waiver = "j1-waiver";
        public const string ResidencyStart = "residency-start";
    }

    /// <summary>The state <paramref name="profile"/> decides for step <paramref name="key"/>, or null when only the member can say.</summary>
    public static StepState? Derive(string key, ProfileData? profile)
    {
        if (profile is null)
        {
            return null;
        }

        var certified = profile.EcfmgStatus == EcfmgStatus.Certified;
        return key switch
        {
            Keys.Step1 when certified || profile.Step1Result == ExamResult.Passed => StepState.Done,
            Keys.Step1 when profile.Step1Result == ExamResult.Failed => StepState.InProgress,
            Keys.Step2Ck when certified || profile.Step2CkTaken => StepState.Done,
            Keys.English when certified || profile.EnglishProficiencyMet || profile.OetPassed => StepState.Done,
            Keys.Pathway when certified || profile.PathwayCompleted => StepState.Done,
            Keys.Ecfmg => profile.EcfmgStatus switch
            {
                EcfmgStatus.Certified => StepState.Done,
                EcfmgStatus.InProgress => StepState.InProgress,
                _ => StepState.NotStarted,
            },
            Keys.ClinicalExperience when profile.ClinicalExperienceMonths >= MinClinicalMonths => StepState.Done,
            Keys.ClinicalExperience when profile.ClinicalExperienceMonths > 0 => StepState.InProgress,
            Keys.VisaPlan when NeedsNoVisa(profile) => StepState.NotApplicable,
            Keys.Fcvs when profile.FcvsCompleted => StepState.Done,
            Keys.Fcvs when profile.FcvsStarted => StepState.InProgress,
            Keys.Step3 when profile.Step3Taken => StepState.Done,
            Keys.J1Waiver when NeedsNoVisa(profile) => StepState.NotApplicable,
            _ => null,
        };
    }

    /// <summary>
    /// True only when the member said they are a US citizen or permanent resident (as their current status, or as
    /// the visa they need: "None"). Only then is a visa step "not applicable"; "Not sure yet", a J-1 or an H-1B
    /// answer keeps every visa step open, since a planned H-1B can still turn into a J-1.
    /// </summary>
    public static bool NeedsNoVisa(ProfileData profile) =>
        profile.CurrentVisa == VisaStatus.PermanentResidentOrCitizen || profile.VisaNeed == VisaNeed.None;

    /// <summary>Every step in order with its state: from the profile where it decides, else the member's own, else not started.</summary>
    public static IReadOnlyList<StepStatus> States(
        IEnumerable<StepDefinition> steps, ProfileData? profile, IReadOnlyDictionary<string, StepState> manual) =>
        steps
            .OrderBy(s => s.SortOrder)
            .Select(step => Derive(step.Key, profile) is { } derived
                ? new StepStatus(step, derived, FromProfile: true)
                : new StepStatus(step, manual.GetValueOrDefault(step.Key, StepState.NotStarted), FromProfile: false))
            .ToList();

    public static bool IsFinished(StepState state) => state is StepState.Done or StepState.NotApplicable;

    /// <summary>The stage of the first unfinished step; <see cref="RoadmapStage.Complete"/> when all are finished.</summary>
    public static RoadmapStage StageOf(IReadOnlyList<StepStatus> states) =>
        states.FirstOrDefault(s => !IsFinished(s.State))?.Step.Stage ?? RoadmapStage.Complete;

    /// <summary>What to do next, each with the reason drawn from the profile, the steps and the calendar.</summary>
    public static IReadOnlyList<NextAction> NextActions(
        ProfileData? profile,
        IReadOnlyList<StepStatus> states,
        IEnumerable<SeasonDateItem> dates,
        DateOnly today,
        MentorRequestProgress mentoring = MentorRequestProgress.None)
    {
        var actions = new List<NextAction>();
        if (profile is null)
        {
            actions.Add(new NextAction(
                "Fill in your profile",
                "Your roadmap is built from your profile, and you have not filled it in yet.",
                null));
            return actions;
        }

        if (profile.EcfmgStatus != EcfmgStatus.Certified)
        {
            foreach (var status in states.Where(s =>
                         s.Step.Stage is RoadmapStage.Exams or RoadmapStage.Certification && !IsFinished(s.State)))
            {
                actions.Add(new NextAction(
                    status.Step.Title,
                    NeededForCertification,
                    NullIfEmpty(status.Step.GuidanceSlug),
                    Anchor: RoadmapAnchors.For(status.Step.Key)));
            }
        }

        if (FcvsFollowUpDue(profile, today) is { } startedOn)
        {
            actions.Add(new NextAction(
                "Follow up with FCVS",
                $"You started your FCVS profile on {Format(startedOn)}, over {FcvsFollowUpDays} days ago, and it is not marked complete.",
                "credentialing",
                Anchor: RoadmapAnchors.FcvsFollowUp));
        }

        if (profile.VisaNeed == VisaNeed.J1 && profile.States.Count > 0)
        {
            actions.Add(profile.States.Contains("NY")
                ? new NextAction(
                    "Read the State 30 waiver page",
                    "You will need a J-1 visa and want to work in New York: New York's Conrad State 30 program is how J-1 physicians can stay after residency.",
                    "j1-waiver",
                    Anchor: RoadmapAnchors.WaiverWhoQualifies)
                : new NextAction(
                    "Read the J-1 waiver page",
                    $"You will need a J-1 visa and want to work in {string.Join(", ", profile.States.Select(ProfileRules.StateName))}: each state's Conrad 30 program decides who may stay after residency.",
                    "j1-waiver",
                    Anchor: RoadmapAnchors.WaiverWhoQualifies));
        }

        if (VisaAction(profile) is { } visa)
        {
            actions.Add(visa);
        }

        if (profile.ClinicalExperienceMonths < MinClinicalMonths)
        {
            actions.Add(new NextAction(
                "Gain US clinical experience",
                $"You have {Months(profile.ClinicalExperienceMonths)} of US clinical experience. Programs set their own minimum, and no source we checked gives one they share, so check each program you apply to.",
                "residency"));
        }

        if (profile.WantsMentor)
        {
            // Once a request exists the action follows it; once matched there is nothing left to find.
            switch (mentoring)
            {
                case MentorRequestProgress.None:
                    actions.Add(new NextAction("Ask for a mentor", "You said you would like a mentor.", "mentoring", "/mentoring/request"));
                    break;
                case MentorRequestProgress.Waiting:
                    actions.Add(new NextAction("Follow your mentor request", "You asked for a mentor; staff are finding one.", "mentoring", "/mentoring/dashboard"));
                    break;
            }
        }

        foreach (var date in dates.Where(d => d.Date >= today && d.Date.DayNumber - today.DayNumber <= UpcomingDays).OrderBy(d => d.Date))
        {
            actions.Add(new NextAction(
                $"Get ready: {date.Title}",
                $"It is on {Format(date.Date)}, {DaysAway(date.Date, today)}.",
                null));
        }

        if (actions.Count == 0 && states.FirstOrDefault(s => !IsFinished(s.State)) is { } next)
        {
            actions.Add(new NextAction(
                next.Step.Title,
                "It is the first step on your roadmap that is not done yet.",
                NullIfEmpty(next.Step.GuidanceSlug),
                Anchor: RoadmapAnchors.For(next.Step.Key)));
        }

        return actions;
    }

    /// <summary>The reason every exam and certification step gives while the member is not certified: said once on the page for the group.</summary>
    public const string NeededForCertification = "Needed for ECFMG certification, which you do not have yet.";

    /// <summary>A count of months in words: "no months", "1 month", "2 months".</summary>
    public static string Months(int count) => Count(count, "month", "months");

    /// <summary>A count of years in words: "less than a year", "1 year", "4 years".</summary>
    public static string Years(int count) => count == 0 ? "less than a year" : Count(count, "year", "years");

    private static string Count(int count, string one, string many) => count switch
    {
        0 => "no " + many,
        1 => "1 " + one,
        _ => count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + many,
    };

    /// <summary>
    /// The visas guide's section for the member's answer: the J-1, the H-1B (Step 3 is required) or, when they are not
    /// sure yet, the side-by-side comparison. Null for a member who said they need no visa.
    /// </summary>
    public static NextAction? VisaAction(ProfileData profile)
    {
        if (NeedsNoVisa(profile))
        {
            return null;
        }

        return profile.VisaNeed switch
        {
            VisaNeed.J1 => new NextAction(
                "Read about the J-1 visa",
                "You will need a J-1 visa: ECFMG sponsors it, and every J-1 physician in training must spend two years in their home country afterwards unless they get a waiver.",
                VisasGuide.Slug,
                VisasGuide.J1Path),
            VisaNeed.H1B when !profile.Step3Taken => new NextAction(
                "Plan to take USMLE Step 3",
                "You will need an H-1B visa: passing USMLE Step 3 (with Steps 1 and 2) is required by federal rules for an H-1B that includes patient care, residency too, so pass it before the program files your petition.",
                VisasGuide.Slug,
                VisasGuide.H1bPath),
            VisaNeed.H1B => new NextAction(
                "Read about the H-1B visa",
                "You will need an H-1B visa: check which programs still sponsor it, since a new H-1B for a doctor outside the US may now cost the program a $100,000 payment.",
                VisasGuide.Slug,
                VisasGuide.H1bPath),
            _ => new NextAction(
                "Choose your visa: J-1 or H-1B",
                "You have not said which visa you will need for residency yet. Compare the J-1 and the H-1B before you apply, because not every program sponsors both.",
                VisasGuide.Slug,
                VisasGuide.ComparisonPath),
        };
    }

    /// <summary>Steps done out of the steps that apply (steps that do not apply count for neither).</summary>
    public static RoadmapProgress ProgressOf(IReadOnlyList<StepStatus> states) =>
        new(states.Count(s => s.State == StepState.Done), states.Count(s => s.State != StepState.NotApplicable));

    /// <summary>The FCVS start date when a follow-up is due: started over 30 days ago and not complete.</summary>
    public static DateOnly? FcvsFollowUpDue(ProfileData profile, DateOnly today) =>
        profile is { FcvsStarted: true, FcvsCompleted: false, FcvsStartedOn: { } started }
        && today.DayNumber - started.DayNumber > FcvsFollowUpDays
            ? started
            : null;

    /// <summary>"today", "tomorrow", "in 12 days", "3 days ago".</summary>
    public static string DaysAway(DateOnly date, DateOnly today)
    {
        var days = date.DayNumber - today.DayNumber;
        return days switch
        {
            0 => "today",
            1 => "tomorrow",
            -1 => "yesterday",
            > 1 => $"in {days} days",
            _ => $"{-days} days ago",
        };
    }

    public static string Format(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    private static string? NullIfEmpty(string slug) => string.IsNullOrEmpty(slug) ? null : slug;
}
