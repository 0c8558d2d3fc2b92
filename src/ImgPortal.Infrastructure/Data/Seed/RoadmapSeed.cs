using ImgPortal.Core.Content;
using ImgPortal.Core.Profiles;
using Keys = ImgPortal.Core.Profiles.RoadmapRules.Keys;

namespace ImgPortal.Infrastructure.Data.Seed;

/// <summary>The starter roadmap steps and the season calendar for the Match cycle toward July 2027.</summary>
public static class RoadmapSeed
{
    public const int Cycle = 2027;

    public const string DateNote = "Approximate; confirm with ERAS/NRMP: check the official ERAS/NRMP calendar for this cycle.";

    public static IEnumerable<RoadmapStep> Steps() =>
    [
        Step(10, Keys.Step1, RoadmapStage.Exams, "Pass USMLE Step 1", "Step 1 is pass/fail and is needed for ECFMG certification.", "residency"),
        Step(20, Keys.Step2Ck, RoadmapStage.Exams, "Pass USMLE Step 2 CK", "Step 2 CK is scored and is needed for ECFMG certification; programs look closely at the score.", "residency"),
        Step(30, Keys.English, RoadmapStage.Certification, "Pass OET Medicine", "ECFMG requires OET Medicine of every Pathway applicant. Book it early so the result reaches ECFMG before the Pathways deadline.", "residency"),
        Step(35, Keys.Pathway, RoadmapStage.Certification, "Complete an ECFMG Pathway", "A Pathway meets ECFMG's clinical and communication skills requirement. For the 2027 Match, apply by ECFMG's Pathways deadline.", "residency"),
        Step(40, Keys.Ecfmg, RoadmapStage.Certification, "Get ECFMG certification", "An accredited school, Step 1, Step 2 CK and a Pathway. The exam requirements must be met by the Match's rank order list deadline, and the certificate before residency starts.", "residency",
            "https://ecfmg.org/accreditation/ | ECFMG accreditation requirement | 2026-11-26\n"
            + "https://www.nrmp.org/help/item/what-requirements-for-ecfmg-certification-must-i-complete-to-be-eligible-to-participate-in-the-main-residency-match/ | NRMP: ECFMG requirements to take part in the Match | 2026-11-26"),
        Step(50, Keys.ClinicalExperience, RoadmapStage.Application, "Gain US clinical experience", "Hands-on US clinical experience and letters from US physicians.", "residency"),
        Step(60, Keys.VisaPlan, RoadmapStage.Application, "Plan your visa", "Decide between a J-1 (sponsored by ECFMG) and an H-1B, and which programs sponsor it. A J-1 always brings the two-year home residence rule; a new H-1B needs USMLE Step 3 and, for a doctor outside the US, may cost the program a $100,000 payment.", VisasGuide.Slug,
            "https://golive.ecfmg.org/evsp/applying-general-selected-regulations.html | ECFMG, J-1 sponsorship: general requirements | 2026-12-06\n"
            + "https://www.govinfo.gov/content/pkg/FR-2025-09-24/html/2025-18601.htm | Federal Register, Proclamation 10973 | 2026-12-06"),
        Step(70, Keys.Eras, RoadmapStage.Application, "Apply through ERAS", "Build your application, letters and program list, and submit early in the season.", "residency"),
        Step(80, Keys.RankList, RoadmapStage.Match, "Certify your rank order list", "After interviews, rank your programs in the NRMP system before the deadline.", "residency"),
        Step(90, Keys.Match, RoadmapStage.Match, "Match Week and SOAP", "Find out whether you matched; if not, you may take part in SOAP.", "residency"),
        Step(100, Keys.Fcvs, RoadmapStage.Residency, "Complete your FCVS profile", "Credentials verified once by the FSMB and kept in a lifetime profile for state boards.", "credentialing"),
        Step(110, Keys.Step3, RoadmapStage.Residency, "Take USMLE Step 3", "Needed for a full license.", "residency"),
        Step(120, Keys.J1Waiver, RoadmapStage.Residency, "Plan your J-1 waiver", "A Conrad 30 waiver (in New York, State 30) lets a J-1 physician stay after residency.", "j1-waiver"),
        Step(130, Keys.ResidencyStart, RoadmapStage.Residency, "Start residency", "Onboarding with your program, and any training license or permit your state asks for.", "residency"),
    ];

    public static IEnumerable<SeasonDate> SeasonDates() =>
    [
        Date("ERAS opens to applicants", new DateOnly(2026, 6, 3), SeasonDateKind.Opens),
        Date("Programs start receiving ERAS applications", new DateOnly(2026, 9, 23), SeasonDateKind.Opens),
        Date("NRMP rank-order list deadline", new DateOnly(2027, 3, 3), SeasonDateKind.Deadline),
        Date("Match Week begins, with SOAP", new DateOnly(2027, 3, 15), SeasonDateKind.Match),
        Date("Match Day", new DateOnly(2027, 3, 19), SeasonDateKind.Match),
        Date("Residency starts", new DateOnly(2027, 7, 1), SeasonDateKind.Start),
    ];

    /// <param name="sources">The step's own sources, one a line as "URL | title | yyyy-MM-dd" (the day they were checked).</param>
    private static RoadmapStep Step(int order, string key, RoadmapStage stage, string title, string description, string slug, string sources = "") =>
        new() { SortOrder = order, Key = key, Stage = stage, Title = title, Description = description, GuidanceSlug = slug, Sources = sources };

    private static SeasonDate Date(string title, DateOnly date, SeasonDateKind kind) =>
        new() { Title = title, Date = date, Kind = kind, Cycle = Cycle, Notes = DateNote };
}
