using System.Reflection;
using ImgPortal.Core.Content;

namespace ImgPortal.Infrastructure.Data.Seed;

/// <summary>
/// The starter guidance the portal is seeded with: pages, J-1 waiver figures, organizations and contact offices.
/// The pages' prose lives in one Markdown file per page in <c>Data/Seed/Guidance/</c> (read by
/// <see cref="GuidanceSeedFile"/>, ADR 0088); the records stay here. Written in the portal's own words (never a
/// sentence of the two source documents: the Medical Society of the State of New York's IMG page and a 2020
/// petition; a test checks it). Every fact beyond those documents was checked with its source on the page's
/// <c>reviewed</c> date or <see cref="ReviewedOn"/> and is cited in the page's source line or in the section that
/// states it (see <c>docs/sources/state-pathways.md</c> and <c>docs/sources/visas.md</c>). Offices only, never named
/// people: staff add named contacts through the portal. Every method returns new objects, so callers may attach them
/// to a context and change them freely.
/// </summary>
public static class ContentSeed
{
    /// <summary>The date the seeded content was last checked against its sources.</summary>
    public static readonly DateOnly ReviewedOn = new(2026, 11, 26);

    private const string Checked = "checked November 26, 2026";

    private const string MssnyAddress = "865 Merrick Avenue, Westbury, New York 11590";

    private const string NysdohState30 = "https://www.health.ny.gov/professionals/j-1_visa_waivers/";

    // The society's page gives no office hours and no e-mail address for these offices, so none is seeded: the
    // contact page says they are unknown. Westbury, New York keeps US Eastern Time.
    private const string OfficeHoursUnknown = "Not published by the society: unknown. The office is in Westbury, New York, "
        + "on US Eastern Time (ET).";

    /// <summary>Marks a source line's title as a law firm, news site, tracker or other copy, not the rule-maker itself.</summary>
    public const string SecondaryLabel = "(secondary source)";

    private const string GuidanceResourcePrefix = "ImgPortal.Infrastructure.Data.Seed.Guidance.";

    /// <summary>
    /// The starter pages, one per embedded <c>Data/Seed/Guidance/*.md</c> file, in their <c>order</c>. A file that
    /// does not read throws <see cref="SeedFileException"/> naming the file and the line, so a broken seed stops start-up.
    /// </summary>
    public static IReadOnlyList<GuidancePage> Pages()
    {
        var assembly = Assembly.GetExecutingAssembly();
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(GuidanceResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".md", StringComparison.Ordinal))
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                return GuidanceSeedFile.Parse("Data/Seed/Guidance/" + name[GuidanceResourcePrefix.Length..], reader.ReadToEnd());
            })
            .OrderBy(page => page.SortOrder).ThenBy(page => page.Slug, StringComparer.Ordinal)
            .ToList();
    }

    public static IReadOnlyList<WaiverProgramYear> WaiverYears() =>
    [
        new WaiverProgramYear
        {
            ProgramName = "New York State 30",
            Year = 2027,
            TotalWaivers = 30,
            SecondCategoryMax = 10,
            Notes = "Up to 10 of the 30 waivers may go to jobs outside a designated underserved area that serve people "
                + "who live in one (flex slots). When New York publishes: a law firm reports that the Department of Health "
                + "usually posts its updated guidelines in August or September and sets a filing deadline in late November "
                + "or early December (Lippes Mathias, secondary source). The Department has not announced this year's dates "
                + "or published how many slots are used.",
            Source = "New York State Department of Health, State 30 bulletin; fiscal year per ABIL; " + Checked,
            SourceUrl = "https://www.health.ny.gov/professionals/j-1_visa_waivers/",
            CycleStatus = Core.Waivers.WaiverCycleStatus.Unknown,
            SlotsReported = false,
            AsOf = ReviewedOn,
        },
    ];

    public static IReadOnlyList<Organization> Organizations() =>
    [
        new Organization
        {
            Name = "Educational Commission for Foreign Medical Graduates, part of Intealth",
            Abbreviation = "ECFMG",
            Role = "Certifies graduates of medical schools outside the US and Canada for US residency. Certification "
                + "needs a medical school accredited by an agency the World Federation for Medical Education (WFME) "
                + "recognizes, passing USMLE Step 1 and Step 2 CK, the clinical and communication skills requirement (an "
                + "ECFMG Pathway, which includes OET Medicine), and ECFMG's check of your diploma with your school. ECFMG "
                + "also sponsors J-1 visas for physicians in training and sends IMGs' documents through ERAS.",
            WebsiteUrl = "https://www.ecfmg.org/",
            Aliases = "Educational Commission for Foreign Medical Graduates; Intealth",
            SortOrder = 10,
        },
        new Organization
        {
            Name = "ECFMG Certificate Holders Office",
            Abbreviation = "ECHO",
            Role = "ECFMG's free resources for physicians who hold ECFMG certification or will soon: guidance on residency "
                + "applications, licensing and specialty certification, and information on non-clinical careers.",
            WebsiteUrl = "https://www.ecfmg.org/echo/",
            SortOrder = 20,
        },
        new Organization
        {
            Name = "Electronic Residency Application Service",
            Abbreviation = "ERAS",
            Role = "The online service, run by the Association of American Medical Colleges (AAMC), that most "
                + "residency programs use to receive applications. You send your application, personal statement, "
                + "letters of recommendation and other documents to programs through ERAS.",
            WebsiteUrl = "https://students-residents.aamc.org/applying-residencies-eras/applying-residencies-eras",
            Aliases = "Electronic Residency Application Service",
            SortOrder = 30,
        },
        new Organization
        {
            Name = "National Resident Matching Program",
            Abbreviation = "NRMP",
            Role = "Runs the Main Residency Match, which places applicants in residency positions using the ranked lists "
                + "of both applicants and programs, and SOAP for unfilled positions during Match Week. You register with "
                + "the NRMP separately from ERAS, and a match is a binding commitment.",
            WebsiteUrl = "https://www.nrmp.org/",
            Aliases = "National Resident Matching Program; Main Residency Match",
            SortOrder = 40,
        },
        new Organization
        {
            Name = "Federation Credentials Verification Service (Federation of State Medical Boards)",
            Abbreviation = "FCVS",
            Role = "Verifies your medical education, training and exam records with the original sources once, and keeps "
                + "them in a lifetime profile it can send to state licensing boards. The FSMB gives the fee for a "
                + "physician's first application as $395 plus some extra charges, and about 35 days or less to process it.",
            WebsiteUrl = "https://www.fsmb.org/fcvs/",
            Aliases = "Federation Credentials Verification Service",
            SortOrder = 50,
        },
        new Organization
        {
            Name = "New York State Education Department, Office of the Professions",
            Abbreviation = "NYSED OP",
            Role = "Grants and registers licenses to practice medicine in New York, sets the education, training and exam "
                + "requirements, and issues limited permits for supervised practice in hospitals.",
            WebsiteUrl = "https://www.op.nysed.gov/",
            Aliases = "Office of the Professions; State Education Department",
            SortOrder = 60,
        },
        new Organization
        {
            Name = "New York State Department of Health",
            Abbreviation = "NYSDOH",
            Role = "Runs New York's State 30 (Conrad 30) J-1 visa waiver program. It reviews applications that employers "
                + "file for physicians and can recommend waivers to the US Department of State.",
            WebsiteUrl = NysdohState30,
            Aliases = "State 30",
            SortOrder = 70,
        },
        new Organization
        {
            Name = "Medical Society of the State of New York",
            Abbreviation = "MSSNY",
            Role = "The state medical society. Its IMG Committee speaks up for IMGs, and it offers the IMG Sourcebook, a "
                + "mentoring program for IMGs seeking residency, help for members with credentialing problems, and ways to "
                + "take part in its leadership.",
            WebsiteUrl = "https://www.mssny.org/",
            Aliases = "IMG Sourcebook",
            SortOrder = 80,
        },
    ];

    public static IReadOnlyList<ContactPoint> ContactPoints() =>
    [
        new ContactPoint
        {
            Office = "MSSNY Division of Membership Services: IMG services",
            Purpose = "General questions about the society's services for international medical graduates.",
            Phone = "516-488-6100 ext. 383",
            Email = string.Empty,
            Address = MssnyAddress,
            OfficeHours = OfficeHoursUnknown,
            SortOrder = 10,
        },
        new ContactPoint
        {
            Office = "MSSNY Division of Membership Services: mentoring and IMG Committee",
            Purpose = "The mentoring program (to volunteer as a mentor or to ask for one) and questions about the "
                + "IMG Committee.",
            Phone = "516-488-6100 ext. 389",
            Email = string.Empty,
            Address = MssnyAddress,
            OfficeHours = OfficeHoursUnknown,
            SortOrder = 20,
        },
    ];
}
