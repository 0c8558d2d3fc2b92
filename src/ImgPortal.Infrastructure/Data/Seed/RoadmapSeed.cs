using ImgPortal.Core.Content;
using ImgPortal.Core.Profiles;
using Keys = ImgPortal.Core.Profiles.RoadmapRules.Keys;

namespace ImgPortal.Infrastructure.Data.Seed;

/// <summary>The starter roadmap steps and the season dates of the 2027 and 2028 Match cycles.</summary>
public static class RoadmapSeed
{
    public const int Cycle = 2027;

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

    /// <summary>The day the seeded season dates were last checked against their sources.</summary>
    public static readonly DateOnly DatesCheckedOn = new(2026, 12, 7);

    private const string NrmpMatchWeek = "https://www.nrmp.org/programs-institutions/match-week-soap/ | NRMP: Match Week and SOAP (third week of March, Monday to Friday) | 2026-12-07";
    private const string NrmpRelease2026 = "https://www.prnewswire.com/news-releases/nrmp-anticipates-exciting-2026-match-week-as-residency-applicants-and-programs-prepare-for-match-day-302708601.html | NRMP news release: 2026 Match Week (SOAP Monday to Thursday) | 2026-12-07";
    private const string NrmpEvents = "http://www.nrmp.org/residency/med-school-official/ | NRMP: Main Residency Match events (2026 Match calendar) | 2026-12-07";
    private const string NrmpJuly1 = "http://www.nrmp.org/residency/us-allopathic-senior/ | NRMP: applicants enter training on July 1 of the Match year | 2026-12-07";
    private const string ErasOpens2027 = "https://www.quantaprep.com/blog/eras-2026-guide | ERAS 2026 guide: the 2027 season opens June 3, 2026 (secondary source) | 2026-12-07";
    private const string ErasTimeline = "https://students-residents.aamc.org/applying-residencies-eras/publication-chapters/eras-timeline | AAMC: ERAS residency timeline (2026 season) | 2026-12-07";
    private const string ErasSchools2023 = "https://www.aamc.org/services/eras-for-institutions/medical-schools/timeline | AAMC: ERAS timeline for medical schools (2023 season: submit Sept 7, programs Sept 28) | 2026-12-07";
    private const string EcfmgFocus2025 = "https://gp.ecfmg.org/focus/issue88.html | ECFMG Focus, May 2025: 2025 Pathways application closed May 31, 2025 | 2026-12-07";
    private const string EcfmgPathways2024 = "https://ecfmg.org/certification-pathways/info-applicants.html | ECFMG: 2024 Pathways applications due December 31, 2023 | 2026-12-07";
    private const string NysdohJ1 = "https://www.health.ny.gov/professionals/j-1_visa_waivers/ | NYSDOH: J-1 visa waiver (State 30) program | 2026-12-07";

    /// <summary>
    /// Every date an applicant needs for the 2027 Match and the 2028 Match, each with who sets it and its sources.
    /// Dates no source confirms are seeded as not announced, with when they usually are (never guessed); see
    /// docs/sources/dates.md.
    /// </summary>
    public static IEnumerable<SeasonDate> SeasonDates() =>
    [
        // 2027 Match (this cycle).
        Date(2027, "2027 Pathways application deadline", null, SeasonDateKind.Deadline, DateMilestone.PathwaysDeadline, DateOrganization.Ecfmg,
            "ECFMG announces it with each Pathways season; recent deadlines fell between December 31 of the year before the Match and May 31 of the Match year",
            EcfmgPathways2024 + "\n" + EcfmgFocus2025),
        Date(2027, "ERAS opens to applicants", new DateOnly(2026, 6, 3), SeasonDateKind.Opens, DateMilestone.ErasOpens, DateOrganization.Eras,
            "Early June of the year before the Match", ErasOpens2027),
        Date(2027, "Applicants may start submitting ERAS applications", null, SeasonDateKind.Opens, DateMilestone.ErasApplicantsSubmit, DateOrganization.Eras,
            "The first week of September of the year before the Match (AAMC's day for this season was not confirmed)", ErasTimeline + "\n" + ErasSchools2023),
        Date(2027, "Programs start receiving ERAS applications", null, SeasonDateKind.Opens, DateMilestone.ErasProgramsReceive, DateOrganization.Eras,
            "The last week of September of the year before the Match (AAMC's day for this season was not confirmed)", ErasTimeline + "\n" + ErasSchools2023),
        Date(2027, "NRMP registration opens", null, SeasonDateKind.Opens, DateMilestone.NrmpRegistrationOpens, DateOrganization.Nrmp,
            "September 15 of the year before the Match in recent seasons (NRMP's 2027 calendar was not found)", NrmpEvents),
        Date(2027, "NRMP early-registration deadline", null, SeasonDateKind.Deadline, DateMilestone.NrmpEarlyRegistrationDeadline, DateOrganization.Nrmp,
            "November 30 of the year before the Match in recent seasons (NRMP's 2027 calendar was not found)", NrmpEvents),
        Date(2027, "NRMP rank-order-list deadline", null, SeasonDateKind.Deadline, DateMilestone.RankOrderListDeadline, DateOrganization.Nrmp,
            "Late February or early March, 9 p.m. Eastern Time (February 25 for the 2026 Match)", NrmpEvents),
        Date(2027, "Match Week begins", new DateOnly(2027, 3, 15), SeasonDateKind.Match, DateMilestone.MatchWeek, DateOrganization.Nrmp,
            "The third week of March, Monday to Friday", NrmpMatchWeek + "\n" + NrmpRelease2026,
            "From NRMP's rule that Match Week is the third week of March; NRMP's own 2027 calendar was not found."),
        Date(2027, "SOAP begins (Monday to Thursday of Match Week)", new DateOnly(2027, 3, 15), SeasonDateKind.Match, DateMilestone.SoapBegins, DateOrganization.Nrmp,
            "Monday to Thursday of Match Week", NrmpMatchWeek + "\n" + NrmpRelease2026,
            "From NRMP's rule that Match Week is the third week of March; NRMP's own 2027 calendar was not found."),
        Date(2027, "Match Day", new DateOnly(2027, 3, 19), SeasonDateKind.Match, DateMilestone.MatchDay, DateOrganization.Nrmp,
            "The Friday of Match Week", NrmpMatchWeek + "\n" + NrmpRelease2026,
            "From NRMP's rule that Match Week is the third week of March; NRMP's own 2027 calendar was not found."),
        Date(2027, "Residency starts", new DateOnly(2027, 7, 1), SeasonDateKind.Start, DateMilestone.ResidencyStarts, DateOrganization.Programs,
            "July 1 of the Match year", NrmpJuly1),
        Date(2027, "New York State 30 application window", null, SeasonDateKind.Deadline, DateMilestone.State30Deadline, DateOrganization.NewYorkState30,
            "NYSDOH's page gives no dates; a law firm reports guidelines in August or September and a filing deadline in late November or early December (secondary source)",
            NysdohJ1),

        // 2028 Match (next cycle): nothing is announced yet.
        Date(2028, "2028 Pathways application deadline", null, SeasonDateKind.Deadline, DateMilestone.PathwaysDeadline, DateOrganization.Ecfmg,
            "ECFMG announces it with each Pathways season; recent deadlines fell between December 31 of the year before the Match and May 31 of the Match year",
            EcfmgPathways2024 + "\n" + EcfmgFocus2025),
        Date(2028, "ERAS opens to applicants", null, SeasonDateKind.Opens, DateMilestone.ErasOpens, DateOrganization.Eras,
            "Early June of the year before the Match", ErasTimeline),
        Date(2028, "Applicants may start submitting ERAS applications", null, SeasonDateKind.Opens, DateMilestone.ErasApplicantsSubmit, DateOrganization.Eras,
            "The first week of September of the year before the Match", ErasTimeline + "\n" + ErasSchools2023),
        Date(2028, "Programs start receiving ERAS applications", null, SeasonDateKind.Opens, DateMilestone.ErasProgramsReceive, DateOrganization.Eras,
            "The last week of September of the year before the Match", ErasTimeline + "\n" + ErasSchools2023),
        Date(2028, "NRMP registration opens", null, SeasonDateKind.Opens, DateMilestone.NrmpRegistrationOpens, DateOrganization.Nrmp,
            "September 15 of the year before the Match in recent seasons", NrmpEvents),
        Date(2028, "NRMP early-registration deadline", null, SeasonDateKind.Deadline, DateMilestone.NrmpEarlyRegistrationDeadline, DateOrganization.Nrmp,
            "November 30 of the year before the Match in recent seasons", NrmpEvents),
        Date(2028, "NRMP rank-order-list deadline", null, SeasonDateKind.Deadline, DateMilestone.RankOrderListDeadline, DateOrganization.Nrmp,
            "Late February or early March, 9 p.m. Eastern Time", NrmpEvents),
        Date(2028, "Match Week and SOAP", null, SeasonDateKind.Match, DateMilestone.MatchWeek, DateOrganization.Nrmp,
            "The third week of March, Monday to Friday; SOAP Monday to Thursday", NrmpMatchWeek),
        Date(2028, "Match Day", null, SeasonDateKind.Match, DateMilestone.MatchDay, DateOrganization.Nrmp,
            "The Friday of Match Week (the third week of March)", NrmpMatchWeek),
        Date(2028, "Residency starts", new DateOnly(2028, 7, 1), SeasonDateKind.Start, DateMilestone.ResidencyStarts, DateOrganization.Programs,
            "July 1 of the Match year", NrmpJuly1),
    ];

    /// <summary>How a seeded step is found in a database (ADR 0103): its key, fixed once created.</summary>
    public static string StepKeyOf(RoadmapStep step) => step.Key;

    /// <summary>How a seeded date is found in a database (ADR 0103): its Match year and step of the cycle.</summary>
    public static string DateKeyOf(SeasonDate date) => $"{date.Cycle.ToString(System.Globalization.CultureInfo.InvariantCulture)} {date.Milestone}";

    /// <summary>Tells apart the dates of one year and step (two "Other" dates): the title.</summary>
    public static string DateTieBreakOf(SeasonDate date) => date.Title;

    /// <param name="sources">The step's own sources, one a line as "URL | title | yyyy-MM-dd" (the day they were checked).</param>
    private static RoadmapStep Step(int order, string key, RoadmapStage stage, string title, string description, string slug, string sources = "") =>
        new() { SortOrder = order, Key = key, Stage = stage, Title = title, Description = description, GuidanceSlug = slug, Sources = sources };

    private static SeasonDate Date(
        int cycle, string title, DateOnly? date, SeasonDateKind kind, DateMilestone milestone, DateOrganization organization, string usually, string sources, string notes = "") =>
        new()
        {
            Title = title,
            Date = date,
            Kind = kind,
            Cycle = cycle,
            Milestone = milestone,
            Organization = organization,
            UsuallyWhen = usually,
            Sources = sources,
            CheckedOn = DatesCheckedOn,
            Notes = notes,
        };
}
