namespace ImgPortal.Core.Profiles;

/// <summary>
/// The section of its guidance page each roadmap step links to, by the id the page gives that section's heading.
/// The ids follow the headings' text: when staff rename a heading the link still opens the page (at its top), and
/// <c>RoadmapAnchorsTests</c> fails on the seeded pages so the map is brought up to date.
/// </summary>
public static class RoadmapAnchors
{
    private static readonly Dictionary<string, string> ByStep = new(StringComparer.Ordinal)
    {
        [RoadmapRules.Keys.Step1] = "meet-the-exam-requirements-by-the-match-deadline",
        [RoadmapRules.Keys.Step2Ck] = "meet-the-exam-requirements-by-the-match-deadline",
        [RoadmapRules.Keys.English] = "check-your-eligibility-and-become-ecfmg-certified",
        [RoadmapRules.Keys.Pathway] = "check-your-eligibility-and-become-ecfmg-certified",
        [RoadmapRules.Keys.Ecfmg] = "check-your-eligibility-and-become-ecfmg-certified",
        [RoadmapRules.Keys.Eras] = "plan-your-application-through-eras",
        [RoadmapRules.Keys.RankList] = "register-for-the-match-with-the-nrmp",
        [RoadmapRules.Keys.Match] = "register-for-the-match-with-the-nrmp",
        [RoadmapRules.Keys.Fcvs] = "start-as-soon-as-you-enter-residency",
        [RoadmapRules.Keys.J1Waiver] = "how-to-apply-step-by-step",
    };

    /// <summary>The FCVS page's section on following up after 30 days.</summary>
    public const string FcvsFollowUp = "follow-up-after-30-days";

    /// <summary>The State 30 page's section on who qualifies.</summary>
    public const string WaiverWhoQualifies = "who-qualifies";

    /// <summary>Every step key with its section id, for the test that each id exists on its page.</summary>
    public static IReadOnlyDictionary<string, string> All => ByStep;

    /// <summary>The section id for a step, or null when the step's page has no one section for it.</summary>
    public static string? For(string stepKey) => ByStep.GetValueOrDefault(stepKey);

    /// <summary>A step's guidance link: <c>/slug#section</c>, or <c>/slug</c> when no section is known.</summary>
    public static string Href(string slug, string stepKey) =>
        For(stepKey) is { } anchor ? $"/{slug}#{anchor}" : "/" + slug;
}
