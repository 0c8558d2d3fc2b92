using ImgPortal.Core.Content;

namespace ImgPortal.Infrastructure.Data.Seed;

/// <summary>
/// The starter guidance the portal is seeded with: pages, J-1 waiver figures, state pathways, organizations and
/// contact offices. Written in the portal's own words (never a sentence of the two source documents: the Medical
/// Society of the State of New York's IMG page and a 2020 petition; a test checks it). Every fact beyond those
/// documents was checked with its source on <see cref="ReviewedOn"/> and is cited in the page's source line or in
/// the section that states it (see <c>docs/sources/state-pathways.md</c> and <c>docs/sources/visas.md</c>). Offices only, never named people: staff
/// add named contacts through the portal. Every method returns new objects, so callers may attach them to a
/// context and change them freely.
/// </summary>
public static partial class ContentSeed
{
    /// <summary>The date the seeded content was last checked against its sources.</summary>
    public static readonly DateOnly ReviewedOn = new(2026, 11, 26);

    private const string Checked = "checked November 26, 2026";

    private const string MssnyPage =
        "Medical Society of the State of New York (MSSNY), International Medical Graduates page";

    private const string Petition = "A public petition on IMGs and COVID-19 support, March 20, 2020";

    private const string MssnyAddress = "865 Merrick Avenue, Westbury, New York 11590";

    private const string NysdohState30 = "https://www.health.ny.gov/professionals/j-1_visa_waivers/";

    // The society's page gives no office hours and no e-mail address for these offices, so none is seeded: the
    // contact page says they are unknown. Westbury, New York keeps US Eastern Time.
    private const string OfficeHoursUnknown = "Not published by the society: unknown. The office is in Westbury, New York, "
        + "on US Eastern Time (ET).";

    public static IReadOnlyList<GuidancePage> Pages() =>
    [
        Residency(),
        Visas(),
        J1Waiver(),
        Echo(),
        Credentialing(),
        Mentoring(),
        StatePathwaysPage(),
        GetInvolved(),
        Contact(),
    ];

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

    private static string SourceLines(params string[] lines) => string.Join('\n', lines);

    /// <param name="sources">The step's own sources, one a line as "URL | title | yyyy-MM-dd" (the day they were checked).</param>
    /// <param name="cycle">The Match cycle its rules belong to, e.g. "2027 Match"; empty when they do not change by cycle.</param>
    private static PageSection Step(int sortOrder, string heading, string bodyMarkdown, string sources = "", string cycle = "") => new()
    {
        Kind = SectionKind.Step,
        SortOrder = sortOrder,
        Heading = heading,
        BodyMarkdown = bodyMarkdown,
        Sources = sources,
        Cycle = cycle,
    };

    /// <param name="sources">The section's own sources, one a line as "URL | title | yyyy-MM-dd" (the day they were checked).</param>
    private static PageSection Section(int sortOrder, string heading, string bodyMarkdown, string sources = "") => new()
    {
        Kind = SectionKind.Section,
        SortOrder = sortOrder,
        Heading = heading,
        BodyMarkdown = bodyMarkdown,
        Sources = sources,
    };

    private static GuidancePage Residency() => new()
    {
        Slug = "residency",
        NavigationLabel = "Residency",
        Title = "Getting a residency in New York",
        Summary = "The main steps from a medical degree earned outside the US or Canada to a residency position "
            + "in New York State, and the organizations you will meet on the way.",
        Feature = PageFeature.Organizations,
        Source = MssnyPage + "; ECFMG certification and Match rules from ecfmg.org (accreditation requirement, Pathways "
            + "notices) and nrmp.org; USMLE attempt limit from usmle.org; FCVS from fsmb.org; each section names its source, "
            + "checked December 7, 2026",
        LastReviewedOn = ReviewedOn,
        SortOrder = 10,
        BodyMarkdown = """
            > **Rules change.** Exam requirements, application dates and Match rules are updated every year, and
            > the portal labels each Match-year rule with its year. Before you act, check the official website of the
            > organization concerned.

            If you earned your medical degree outside the United States or Canada, you can still train in a US
            residency program. The road has many steps, though, and each step is handled by a different
            organization with its own rules and deadlines.

            This page walks you through the steps in the usual order. The list of organizations beside this page
            explains what each one does for you.

            Take your time. Read every organization's website carefully, so that you understand its role, how
            programs choose their residents, who is eligible, and what programs expect from a candidate.
            """,
        Sections =
        [
            Step(10, "Check your eligibility and become ECFMG certified", """
                Before you start a US residency accredited by the [ACGME](https://www.acgme.org/) (Accreditation
                Council for Graduate Medical Education), you need certification from
                [ECFMG](https://www.ecfmg.org/), the Educational Commission for Foreign Medical Graduates. ECFMG is now
                part of [Intealth](https://intealth.org/). Certification has four parts:

                - **An accredited medical school.** Since 2024 your school must be accredited by an agency recognized
                  by the World Federation for Medical Education (WFME). Check your school before you book any exam.
                - **The exams.** Pass [USMLE](https://www.usmle.org/) Step 1 and Step 2 CK (Clinical Knowledge).
                - **Clinical and communication skills.** Meet this requirement through an ECFMG Pathway. Every
                  Pathway applicant also needs a passing OET Medicine result (an English test for health
                  professionals), and each Pathways season has its own application deadline.
                - **Your documents.** ECFMG checks your diploma and transcript directly with your medical school.
                  This can take a long time, so start early.

                You must hold the certificate itself before your residency begins.

                **Retakes are limited.** The USMLE allows at most four attempts at each Step, incomplete attempts
                included (the rule since July 1, 2021). After four attempts at any Step without a pass, you can no
                longer apply for any Step. Licensing boards can be stricter: most boards set attempt limits of their
                own, and Nebraska, for example, asks for an extra year of accredited training from anyone who fails any
                part of the exam four times. Check the board of the state where you want a license, and any
                [state pathway](/state-pathways) you plan to use.

                **OET in one sitting.** ECFMG wants all four OET Medicine parts passed at the same sitting; if one part
                falls short, you take all four again. For the 2025 Pathways the minimums were 350 in Listening, Reading
                and Speaking and 300 in Writing. No source we checked gives the minimums for the 2027 Pathways, as of
                December 7, 2026: check ECFMG's OET page before you book.

                **A Pathway-based certificate can expire.** If you met the clinical and communication skills
                requirement through a Pathway, your ECFMG certificate carries an expiration date. It becomes valid for
                good only once you have completed 12 months of accredited US residency training. If it expires before
                you start, or your accepted Pathway is expiring, ECFMG's Pathways Revalidation is the way to renew it.
                If you do not match, check your certificate's date with ECFMG.
                """,
                sources: SourceLines(
                    "https://ecfmg.org/accreditation/ | ECFMG accreditation requirement | 2026-11-26",
                    "https://gp.ecfmg.org/focus/issue88.html | ECFMG Focus, May 21, 2025 | 2026-12-07",
                    "https://www.usmle.org/common-questions/attempt-limit | USMLE: attempt limit | 2026-12-07",
                    "https://nebraskalegislature.gov/laws/statutes.php?statute=38-2035&print=true | Nebraska Revised Statute 38-2035 | 2026-12-07",
                    "https://www.ecfmg.org/certification-requirements-2021-match/oet.html | ECFMG: OET Medicine in one test administration, 2021 Match | 2026-12-07",
                    "https://www.hmep-hith.jp/information/USMLE-FAQ/STEP3-OET-score-validity | Hospital FAQ quoting ECFMG's OET minimums for the 2025 Pathways (secondary source) | 2026-12-07",
                    "https://ecfmg.org/certification-pathways/permanent-validation.html | ECFMG: permanent validation of a Pathway-based certificate (undated) | 2026-12-07",
                    "https://www.ecfmg.org/news/2025/08/19/detailed-information-and-online-application-for-2026-pathways-now-available | ECFMG: 2026 Pathways and Pathways Revalidation, August 19, 2025 | 2026-12-07")),
            Step(15, "Meet the exam requirements by the Match deadline", """
                The Match has its own, earlier deadline. The NRMP says that, to stay in the Match (and in SOAP), ECFMG
                must confirm by the rank order list certification deadline that you have passed Step 1 and Step 2 CK
                and met the clinical and communication skills requirement. If it cannot, you are withdrawn.

                **2027 Match:** ECFMG published the 2026 Pathways on August 19, 2025 and publishes a new Pathways
                notice and Information Booklet for each Match. No source we checked gives the 2027 Pathways' rules,
                deadline or booklet, as of December 7, 2026. Your roadmap shows an approximate rank order list deadline
                for the 2027 Match: confirm it with the NRMP, and read ECFMG's 2027 Pathways page before you apply.
                """,
                sources: SourceLines(
                    "https://www.nrmp.org/help/item/what-requirements-for-ecfmg-certification-must-i-complete-to-be-eligible-to-participate-in-the-main-residency-match/ | NRMP: ECFMG requirements to take part in the Match | 2026-12-07",
                    "https://www.ecfmg.org/news/2025/08/19/detailed-information-and-online-application-for-2026-pathways-now-available | ECFMG: 2026 Pathways and Pathways Revalidation, August 19, 2025 | 2026-12-07"),
                cycle: "2027 Match"),
            Step(20, "Learn what each organization does", """
                Several organizations are involved, and it is easy to mix them up. In short:

                - **[ECFMG](https://www.ecfmg.org/)** certifies you, and sponsors J-1 visas for physicians in training.
                - **[ERAS](https://students-residents.aamc.org/applying-residencies-eras/applying-residencies-eras)**
                  is where you send your applications to residency programs.
                - **[NRMP](https://www.nrmp.org/)** runs the Match, which decides where you will train.
                - **[FCVS](https://www.fsmb.org/fcvs/)** collects and checks your credentials for your future license.
                - In New York, the **[State Education Department's Office of the Professions](https://www.op.nysed.gov/)**
                  grants medical licenses.

                Read each organization's website with care. Learn how programs recruit residents, what their
                eligibility rules are, and what they expect from you as a candidate.
                """),
            Step(30, "Plan your application through ERAS", """
                Most residency programs receive applications through
                [ERAS](https://students-residents.aamc.org/applying-residencies-eras/applying-residencies-eras), the
                Electronic Residency Application Service of the Association of American Medical Colleges (AAMC). As an
                IMG, you get access to ERAS through ECFMG, which also sends your supporting documents, such as your
                medical school transcript, to programs.

                - Choose programs whose rules you meet. Many programs publish rules about exam results, year of
                  graduation, visas and US clinical experience.
                - Prepare your CV, personal statement and letters of recommendation well before the application
                  season opens.
                - Check the ERAS timetable for your Match year (the 2027 Match for residencies starting in July 2027),
                  and apply as early as you can.
                """,
                cycle: "2027 Match"),
            Step(40, "Register for the Match with the NRMP", """
                Applying through ERAS does not enter you into the Match. You must register separately with the
                [NRMP](https://www.nrmp.org/), the National Resident Matching Program.

                After your interviews, you make a rank order list: the programs you want, in the order you prefer
                them. Programs rank the applicants they want, too. The NRMP then uses both sets of lists to place
                applicants into positions. If you match, you are committed to train at that program. If you do not,
                you may be able to take part in [SOAP](https://www.nrmp.org/residency-applicants/soap/), the
                Supplemental Offer and Acceptance Program, during Match Week.

                Read the NRMP's rules and deadlines for your Match year. They are strict, and they can change from one
                year to the next.
                """),
            Step(50, "Prepare for your interviews", """
                An interview invitation means a program is seriously interested in you. Use the time before it
                well:

                - Practice answering common questions out loud, in English, with a friend or a mentor.
                - Learn about each program before you meet its people, and prepare questions of your own.
                - Be ready to talk about your training, any gaps in your career, and why you want to train there.
                - Many interviews now take place by video. Test your camera, microphone and internet connection
                  in advance.

                The society's [mentoring program](/mentoring) can pair you with an experienced IMG who can help
                you prepare.
                """),
            Step(60, "Plan your visa early", """
                If you are not a US citizen or permanent resident, you need a visa that allows you to train. Think
                about this early, because not every program accepts every type of visa.

                - **J-1 visa.** [ECFMG](https://www.ecfmg.org/) sponsors J-1 exchange visitor visas for physicians in
                  clinical training and issues the DS-2019 form you need to apply for one. Every physician ECFMG
                  sponsors for clinical training has a two-year home residence requirement after training, unless they
                  receive a waiver. New York's State 30 program is one way to get a waiver: see the
                  [J-1 visa waiver page](/j1-waiver) and [the J-1 on the visas page](/visas#the-j-1-through-ecfmg).
                - **H-1B visa.** Some programs sponsor the H-1B instead. Federal rules require all three USMLE Steps,
                  Step 3 included, before the petition is filed, and a new H-1B for a doctor outside the US may now cost
                  the program a $100,000 payment (see [the H-1B on the visas page](/visas#the-h-1b)). Ask each program
                  what it offers.

                The [visas page](/visas#j-1-and-h-1b-side-by-side) compares the two, and lists the travel bans of 2025
                and 2026 that may stop you from getting a visa on time.

                Check the rules with ECFMG and with each program. If your situation is complicated, get advice
                from a qualified immigration lawyer.
                """,
                sources: SourceLines(
                    "https://golive.ecfmg.org/evsp/applying-general-selected-regulations.html | ECFMG, J-1 sponsorship: general requirements | 2026-12-06",
                    "https://internationalcenter.umich.edu/fsis/h1b/health-care-positions | University of Michigan, H-1B for health care positions (secondary source) | 2026-12-06")),
            Step(70, "Start your FCVS file once you begin training", """
                As soon as you start residency, open your file with [FCVS](https://www.fsmb.org/fcvs/), the Federation
                Credentials Verification Service, even though your license is still years away. FCVS collects and
                checks your education, training and exam records, and keeps them in one file that it can send to
                licensing boards later.

                Checking credentials is where many licensing delays happen, so an early start really helps. See
                the [credentialing checklist](/credentialing) for practical advice.
                """),
            Section(100, "New York specifics", """
                - **Licensing.** In New York, the State Education Department's
                  [Office of the Professions](https://www.op.nysed.gov/) handles medical licenses. Check its website for
                  the training and exam requirements for graduates of medical schools outside the US and Canada.
                - **J-1 waivers.** The [New York State Department of Health](https://www.health.ny.gov/professionals/j-1_visa_waivers/)
                  runs the State 30 waiver program for J-1 physicians who will serve underserved communities. See the
                  [J-1 visa waiver page](/j1-waiver).
                - **Support.** The [Medical Society of the State of New York](https://www.mssny.org/) (MSSNY) helps IMGs
                  through its IMG Committee, its IMG Sourcebook and its [mentoring program](/mentoring).
                """),
            Section(110, "The IMG Sourcebook", """
                The [Medical Society of the State of New York](https://www.mssny.org/) offers an IMG Sourcebook for
                international medical graduates looking for a residency position in New York State. If you plan to
                train in New York, it is a good place to start.

                The society also publishes a short overview of the process, with links to the organizations'
                websites. Look for both on the society's website, or ask the Division of Membership Services (see the
                [contact page](/contact)).
                """),
            Section(120, "Competition is intense", """
                Residency positions are hard to get. Many IMGs who have passed their exams still do not find a
                position, because there are not enough places for everyone.

                A careful, complete and early application makes a real difference. So does help from people who
                have done it before: think about asking for a mentor through the
                [mentoring program](/mentoring).
                """),
        ],
    };

    private static GuidancePage J1Waiver() => new()
    {
        Slug = "j1-waiver",
        NavigationLabel = "J-1 waiver",
        Title = "J-1 visa waivers in New York: the State 30 program",
        Summary = "New York's State 30 (Conrad 30) program can recommend waivers of the two-year home residence "
            + "requirement for up to 30 J-1 physicians each federal fiscal year who serve underserved communities.",
        Feature = PageFeature.WaiverFigures,
        Source = "New York State Department of Health, State 30 Program Information Bulletin (health.ny.gov); "
            + "DS-3035, fiscal year and Conrad 30's renewal from the sources named in each section, checked December 7, 2026",
        LastReviewedOn = ReviewedOn,
        SortOrder = 20,
        BodyMarkdown = """
            > **Check before you apply.** Waiver programs and their rules can change. The figures shown here are
            > per federal fiscal year and were true on the date shown. Always read the
            > [New York State Department of Health's current bulletin](https://www.health.ny.gov/professionals/j-1_visa_waivers/).

            Many international medical graduates train in the US on a J-1 exchange visitor visa. After training,
            every J-1 physician whom ECFMG sponsors for clinical training must live in their home country for two
            years before they can get certain other US visas or apply for permanent residence (a "green card"),
            unless the rule is waived. This rule is called the two-year home residence requirement (INA section
            212(e)).

            New York's State 30 program, run by the
            [New York State Department of Health](https://www.health.ny.gov/professionals/j-1_visa_waivers/), is a
            way to have this requirement waived. It is New York's part of the federal
            [Conrad 30 program](https://www.uscis.gov/working-in-the-united-states/students-and-exchange-visitors/conrad-30-waiver-program),
            which lets each state recommend a limited number of waivers every year. In return, the physicians agree
            to work where doctors are needed most: in areas the federal government has designated as underserved,
            or for people who live in those areas.

            Conrad 30 is not permanent: Congress has to renew it, usually in a funding law, and the last renewal a
            source confirms ran to September 30, 2024. No source we checked says until when it is authorized now, as
            of December 7, 2026. Other programs also waive the rule for doctors in parts of New York: see
            [waivers after training](/visas#waivers-after-training) on the visas page.
            """,
        Sections =
        [
            Section(10, "Who qualifies", """
                The Department of Health's bulletin lists these conditions. The physician must:

                - agree to practice in, or serve people who live in, a federally designated underserved area of New
                  York State: a Health Professional Shortage Area (HPSA) or a Medically Underserved Area or Population
                  (MUA/P);
                - document, with the sponsoring employer, that the job serves such an area or its residents;
                - agree to start work with the sponsoring employer within 90 days of receiving the waiver;
                - agree to practice full time in that job for at least three years;
                - be unable to get a waiver from another sponsoring agency, such as the Appalachian Regional
                  Commission, the Northern Border Regional Commission, the US Department of Health and Human Services
                  or the US Department of Veterans Affairs;
                - not have been out of status for more than six months since receiving the J-1 visa;
                - qualify for a license to practice medicine in New York; and
                - send a complete application with every required document.

                Federal rules add two conditions in every state: a signed employment contract with the facility, and a
                "no objection" letter from your home government if it paid for your exchange program.

                The employer also supports the physician's H-1B petition, the work status held during the three
                years. Changing from J-1 to H-1B inside the US is normally not charged the $100,000 H-1B payment,
                provided you stay in the US until the change is approved: see the [visas page](/visas).
                """,
                sources: SourceLines(
                    "https://www.health.ny.gov/professionals/j-1_visa_waivers/ | NYSDOH State 30 bulletin | 2026-11-26",
                    "https://www.chwsny.org/service-obligated-programs/database/new-york-state-conrad-30/ | CHWS, New York State Conrad 30 (secondary source) | 2026-11-26",
                    "https://ailc.com/conrad-30-waiver-program.htm | AILC, Conrad 30 federal requirements (secondary source) | 2026-12-07",
                    "https://www.mondaq.com/unitedstates/work-visas/1695230/updated-uscis-guidance-on-h-1b-proclamation | Law firm summary of USCIS guidance on the H-1B payment (secondary source) | 2026-12-06")),
            Section(20, "The 30 slots and the flex slots", """
                New York can recommend up to 30 waivers each year. Most go to physicians working at a site inside a
                designated area. Up to 10 may go to physicians who work at a site outside a designated area but care for
                patients who live in one; these are often called flex slots.

                The slots are counted per **federal fiscal year**, which runs from October 1 to September 30. Many
                state programs start taking applications on October 1. A law firm reports that New York usually
                publishes its guidelines in August or September and sets a filing deadline in late November or early
                December. The Department's bulletin gives no dates, so the dates for this fiscal year are unknown, as of
                December 7, 2026: confirm them with the Department.
                """,
                sources: SourceLines(
                    "https://www.health.ny.gov/professionals/j-1_visa_waivers/ | NYSDOH State 30 bulletin | 2026-11-26",
                    "http://www.abilblog.com/us-blog/the-other-immigration-season-many-state-j-1-waiver-programs-will-begin-accepting-applications-on-october-1 | ABIL on the Conrad 30 season (secondary source) | 2026-11-26",
                    "https://lippes.com/insights/new-j-1-waiver-option-for-international-medical-graduates-img-avail-in-new-york-through-northern-border-regional-commission-nbrc-2513 | Lippes Mathias on New York's cycle (secondary source) | 2026-11-26")),
            Section(30, "How to apply, step by step", """
                1. **Find an employer** in New York that will hire you to work in, or for, an underserved area and is
                   willing to sponsor a waiver.
                2. **Get a case number from the US Department of State.** You complete Form DS-3035, the J Visa Waiver
                   Recommendation Application, online; the case number is issued when you finish it. Print the form
                   with its barcode, then mail it, copies of every DS-2019 you have held and the $120 fee **together in
                   one package** to: Department of State J-1 Waiver, P.O. Box 979037, St. Louis, MO 63197-9000. The
                   Department takes the fee there and sends your case on to its Waiver Review Division in Washington.
                   A form sent without its fee, or to another address, is returned unprocessed.
                3. **Your employer applies to the Department of Health** for you, with your documents and case number.
                4. **The Department of Health reviews** the application and, if it supports it, sends its
                   recommendation request to the Department of State.
                5. **The Department of State recommends** the waiver to USCIS, and **USCIS decides**.
                6. **Start work within 90 days** of receiving the waiver.

                How long each step takes varies, and the Department of State publishes no typical time. A law firm
                gives 8 to 12 weeks for the Department of State's review of a Conrad 30 case (the same figure the
                [waiver timeline](/j1-waiver/timeline) uses), and another undated secondary source gives three to four
                months for USCIS. No source we found gives New York's review time. Start talking with employers well
                before your training ends.
                """,
                sources: SourceLines(
                    "https://ailc.com/conrad-30-waiver-program.htm | AILC, Conrad 30 and the DS-3035 (secondary source) | 2026-11-26",
                    "https://augustnetwork.com/resources/immigration/j1-waiver-procedures-and-information | August Network, DS-3035 procedure (secondary source) | 2026-11-26",
                    "https://travel.state.gov/content/travel/en/us-visas/study/exchange/waiver-of-the-exchange-visitor/how-to-apply-waiver.html | Department of State, how to apply for a J-1 waiver | 2026-12-06",
                    "https://travel.state.gov/content/travel/en/us-visas/study/exchange/waiver-of-the-exchange-visitor/fee.html | Department of State, DS-3035 processing fee | 2026-12-06",
                    "https://fordmurraylaw.com/?p=4979 | Ford Murray Law, Conrad 30 processing times, undated (secondary source) | 2026-12-07",
                    "http://greencardapply.com/j1/j1_waiver2.htm | GreenCardApply, USCIS processing time, undated (secondary source) | 2026-11-26",
                    "https://www.health.ny.gov/professionals/j-1_visa_waivers/ | NYSDOH State 30 bulletin | 2026-11-26")),
        ],
    };

    private static GuidancePage Echo() => new()
    {
        Slug = "echo",
        NavigationLabel = "ECHO",
        Title = "ECHO: free support from ECFMG",
        Summary = "The ECFMG Certificate Holders Office (ECHO) offers free resources for physicians who are ECFMG "
            + "certified or about to be.",
        Feature = PageFeature.None,
        Source = MssnyPage + ", describing ECFMG's ECHO program; ECFMG's ECHO page (undated) and ECHO News issue 53 "
            + "(June 2019) from ecfmg.org; ECFMG's place in Intealth from ecfmg.org, checked December 7, 2026",
        LastReviewedOn = ReviewedOn,
        SortOrder = 30,
        BodyMarkdown = """
            ECHO stands for the ECFMG Certificate Holders Office. It is a professional development program from
            [ECFMG](https://www.ecfmg.org/) (the Educational Commission for Foreign Medical Graduates, now part of
            [Intealth](https://intealth.org/)) for physicians who hold ECFMG certification, and for those who will be
            certified soon. Its resources are free.

            ECHO's aim is to help you prepare well and stay organized when you make important decisions about
            your career.

            Services change over time. Visit the [ECHO section of the ECFMG website](https://www.ecfmg.org/echo/)
            to see what it offers today.
            """,
        Sections =
        [
            Section(10, "What ECHO can help with", """
                ECHO's resources guide you into the US health care system, including:

                - applying to US graduate medical education (GME) programs, such as residencies;
                - getting a US medical license; and
                - becoming certified in a medical specialty.
                """),
            Section(20, "If you do not enter residency", """
                Not every certified IMG goes on to US graduate medical education. ECHO also aims to share
                information about non-clinical careers, where your medical knowledge is still valuable.
                """),
            Section(30, "Connect and stay informed", """
                ECHO helps IMGs get in touch with experts and organizations, and with each other.

                ECHO used to publish a newsletter, ECHO News. The latest issue we found is from June 2019, so whether it
                still appears is unknown, as of December 7, 2026. The
                [ECHO section of the ECFMG website](https://www.ecfmg.org/echo/) shows what ECHO offers now.
                """,
                sources: SourceLines(
                    "https://www.ecfmg.org/echo/ | ECFMG: ECHO (undated) | 2026-12-07",
                    "https://golive.ecfmg.org/echonews/issue53.html | ECHO News, issue 53, June 2019 | 2026-12-07")),
        ],
    };

    private static GuidancePage Credentialing() => new()
    {
        Slug = "credentialing",
        NavigationLabel = "Credentialing",
        Title = "Credentialing: avoid delays with FCVS",
        Summary = "A checklist, based on advice from the society's IMG Committee, to help you get your credentials "
            + "verified through FCVS without delays.",
        Feature = PageFeature.None,
        Source = MssnyPage + ", IMG Committee advice on credentialing delays; FCVS process, fee and time from the "
            + "FSMB's FCVS FAQ and cost pages (fsmb.org), checked December 7, 2026",
        LastReviewedOn = ReviewedOn,
        SortOrder = 40,
        BodyMarkdown = """
            > **Processes change.** Always read the current instructions on the [FCVS website](https://www.fsmb.org/fcvs/).

            Before a state gives you a medical license, it must be sure that your education, training and exam
            results are genuine. This checking is called credentialing. Many physicians use
            [FCVS](https://www.fsmb.org/fcvs/), the Federation Credentials Verification Service of the
            [Federation of State Medical Boards](https://www.fsmb.org/) (FSMB). FCVS verifies your documents with the
            original sources once and keeps them in a lifetime profile that it can send to state licensing boards.

            **Today's process, fee and time.** You apply online; the identity and release forms can be notarized
            electronically, and other documents are uploaded. The FSMB lists the fee for a physician's first
            application as $395, plus extra charges such as a one-time $75 for ECFMG's verification of an
            international graduate's education and $66 for each ECFMG status report sent to a board. It says first
            applications usually take about 35 days or less, and advises applying at least two months before a board
            needs your profile.

            *Sources: [FSMB, FCVS FAQ](https://www.fsmb.org/fcvs/fcvs-faq/);
            [FSMB, FCVS cost and fees](https://www.fsmb.org/fcvs/cost-and-fees/);
            [FSMB, tips for applying](https://www.fsmb.org/fcvs/tips-for-applying/); checked December 7, 2026.*

            Credentialing is a common source of licensing delays. Applicants who do not know their own part in it
            can hold up their file without realizing it.

            The checklist below is based on advice from the IMG Committee of the Medical Society of the State of
            New York. Work through it step by step.
            """,
        Sections =
        [
            Step(10, "Start as soon as you enter residency", """
                Open your FCVS file as soon as you begin residency training. You do not need to choose the state
                where you will apply for a license yet. What matters is to get the process started, because
                collecting documents from other countries can take a long time.
                """),
            Step(20, "Read all directions and send everything", """
                Read every instruction carefully, and send every item FCVS asks for.

                **FCVS will not tell you if your application is incomplete.** One missing document can hold up
                your file without you knowing it.
                """),
            Step(30, "Follow up after 30 days", """
                After 30 days, contact FCVS to check the progress of your file. Keep checking regularly until
                your file is complete.
                """),
            Step(40, "Read the explanations and FAQs", """
                The information on the FCVS website can be confusing. Take the time to read all the material that
                explains the process, and the [answers to frequently asked questions](https://www.fsmb.org/fcvs/fcvs-faq/).
                Many common problems are already answered there.
                """),
            Step(50, "Keep your documents moving", """
                The society's committee once advised opening a courier account (such as FedEx) that FCVS could use to
                send documents faster. FCVS now takes most documents as uploads and requests many verifications
                electronically, so ask FCVS whether a courier would still help for anything that must travel on paper.
                """),
            Step(60, "Contact your medical school yourself", """
                Your medical school must send information to FCVS. Get in touch with the school personally,
                explain what FCVS needs, and ask the school to reply to FCVS. A personal request often gets a
                faster answer.
                """),
            Step(70, "Make sure your ECFMG status report goes with your profile", """
                A state board does not add documents to your FCVS file. For a physician ECFMG has certified, FCVS gets an
                ECFMG Certification Status Report from ECFMG for each board your profile goes to, and adds it to that
                profile (the FSMB lists a $66 fee per board). When you ask FCVS to send your profile to the New York
                State Education Department, check that the report is included, and confirm with the Department that it
                received both.
                """,
                sources: SourceLines(
                    "https://www.fsmb.org/fcvs/cost-and-fees/ | FSMB: FCVS cost and fees | 2026-12-07")),
            Step(80, "Become a member of the society", """
                Join the [Medical Society of the State of New York](https://www.mssny.org/). As a member, you can ask
                the society for help if you have problems with your credentials. See the [contact page](/contact).
                """),
        ],
    };

    private static GuidancePage Mentoring() => new()
    {
        Slug = "mentoring",
        NavigationLabel = "Mentoring",
        Title = "Mentoring for IMGs seeking residency",
        Summary = "The society pairs IMGs who are looking for a residency position with experienced IMG members "
            + "who volunteer as mentors.",
        Feature = PageFeature.None,
        Source = MssnyPage + ", Mentoring Program for International Medical Graduates",
        LastReviewedOn = ReviewedOn,
        SortOrder = 50,
        BodyMarkdown = """
            Residency positions are hard to win. A mentor who has already made the journey can make your own road
            much clearer.

            The [Medical Society of the State of New York](https://www.mssny.org/) runs a mentoring program for
            international medical graduates. IMG members of the society volunteer to guide other IMGs who are
            looking for a residency position. A mentor can help you with:

            - **Culture and language:** how things are done in US medicine, and how to communicate clearly with
              patients and colleagues;
            - **Medical practice:** how US hospitals and clinics work, and what programs expect from residents;
            - **Interviewing skills:** how to prepare for residency interviews and present yourself well.
            """,
        Sections =
        [
            Section(10, "Volunteer as a mentor", """
                Are you a physician, an IMG yourself or not, who would like to help a colleague who is just
                starting out? [Volunteer as a mentor](/mentoring/volunteer) online: sign in or create an account,
                tell us your specialty, languages and what you can help with, and how many mentees you can take.
                Staff review every application before a mentor is listed or paired.
                """),
            Section(20, "Ask for a mentor", """
                If you are an IMG looking for residency training, [ask for a mentor](/mentoring/request) once you
                have signed in: say what you want help with and, if you like, a specialty, a language and where you
                are. Staff pair you with the mentor who fits best, and you follow your request on your mentoring
                dashboard. You can also [browse the mentors](/mentoring/mentors) who chose to be listed.
                """),
        ],
    };

    private static GuidancePage StatePathwaysPage() => new()
    {
        Slug = "state-pathways",
        NavigationLabel = "State pathways",
        Title = "State pathways to a US license",
        Summary = "Since 2023 many states have passed laws that let physicians trained abroad reach a US license "
            + "without a US residency. This page also keeps, as history, what some states did during COVID-19 in 2020.",
        Feature = PageFeature.StatePathways,
        Source = "AMA, new licensing pathways for foreign-trained doctors (ama-assn.org); FSMB advisory commission "
            + "release of February 4, 2025 (fsmb.org); state sources in each record; " + Petition + "; " + Checked,
        LastReviewedOn = ReviewedOn,
        SortOrder = 60,
        BodyMarkdown = """
            > **Check each state's rules.** Laws in this area are new and their rules are still being written. Check
            > with the state's medical board before you act. The 2020 emergency actions are kept apart, as history:
            > they ended with the COVID-19 emergency.

            In 2023 Tennessee became the first state to pass a law giving experienced physicians trained abroad a
            route to a full license without a US residency. Going by the records on this page, {{full-license-states}}
            states have now enacted such a route: {{full-license-state-names}}. Georgia and Nebraska joined in 2026.
            Bills are pending in other states, among them New York's A7319-A, which has been in committee since
            February 2026.

            A limited license or permit is different: it lets a physician work, usually in one hospital or program, but
            it never converts to a full license. {{limited-license-states}} states have one, among them New York's
            limited permit, Washington's clinical experience license and California's program for physicians from Mexico.

            The details differ from state to state. Most ask for ECFMG certification or USMLE results, years of
            training or practice abroad, a job offer from an employer in the state, and an immigration status that
            allows the work. Most start with a provisional or limited license under supervision that can later become
            a full license.

            *Sources: each state's record on this page;
            [AMA: new licensing pathways for foreign-trained doctors](https://www.ama-assn.org/education/international-medical-education/new-licensing-pathways-foreign-trained-doctors-what-know);
            [New York Assembly: A7319](https://assembly.state.ny.us/leg/?Actions=Y&Memo=Y&Summary=Y&Text=Y&bn=A7319); checked December 7, 2026.*
            """,
        Sections =
        [
            Section(10, "What the national organizations recommend", """
                The [Federation of State Medical Boards](https://www.fsmb.org/), [Intealth](https://intealth.org/) and
                the [ACGME](https://www.acgme.org/) formed an Advisory Commission on Additional Licensing Models in
                December 2023. On February 4, 2025 it published nine recommendations for states. Among them: give the
                state medical board the power to write the rules and the means to run them; require a job offer;
                require ECFMG certification and graduation from a recognized medical school; and require postgraduate
                training completed outside the US. The AMA reports later guidance and a toolkit that include an
                assessment during the supervised period.
                """,
                sources: SourceLines(
                    "https://www.fsmb.org/advocacy/news-releases/advisory-commission-releases-recommendations/ | FSMB release, February 4, 2025 | 2026-11-26",
                    "https://www.ama-assn.org/education/international-medical-education/new-licensing-pathways-foreign-trained-doctors-what-know | AMA: new licensing pathways for foreign-trained doctors | 2026-11-26")),
            Section(20, "Minnesota and Washington today", """
                - **Minnesota.** The [Department of Health's IMG program](https://www.health.state.mn.us/facilities/ruralhealth/img/index.html),
                  created by the legislature in 2015, keeps a voluntary roster of immigrant IMGs, assesses clinical
                  readiness, funds career guidance and clinical preparation, and pays for primary care residency
                  positions for IMGs who will serve rural or underserved areas. Minnesota is also on the AMA's list of
                  states with a new licensing pathway (a 24-month limited license).
                - **Washington.** After a 2020 law set up a work group on IMGs, a 2021 law created a
                  [clinical experience license](https://wmc.wa.gov/licensing/applications-and-forms/international-medical-graduates-clinical-experience-license)
                  for ECFMG-certified IMGs to practice under supervision. A 2025 law (SB 5118) dropped the one-year
                  Washington residence rule, asks for USMLE Step 1 and Step 2 instead of every step, and allows more
                  renewals. It is a limited license for clinical experience and never converts to a full license by itself.
                """,
                sources: SourceLines(
                    "https://www.health.state.mn.us/facilities/ruralhealth/img/index.html | Minnesota Department of Health: IMG program | 2026-11-26",
                    "https://wmc.wa.gov/licensing/applications-and-forms/international-medical-graduates-clinical-experience-license | Washington Medical Commission: IMG clinical experience license | 2026-11-26",
                    "https://senatedemocrats.wa.gov/valdez/2025/02/26/valdez-bill-to-strengthen-washingtons-health-care-workforce-passes-senate/ | Washington Senate Democrats: SB 5118 passes the Senate, February 26, 2025 | 2026-12-07",
                    "https://app.legiplex.com/wa/legislature/2025/2025-r/bills/sb5118 | LegiPlex: SB 5118 chaptered April 4, 2025 (secondary source) | 2026-12-07")),
            Section(30, "History: what some states did in 2020", """
                A public petition dated March 20, 2020 asked state officials and medical boards to let ECFMG-certified
                IMGs work under a licensed physician's supervision during COVID-19, even without US postgraduate
                training. It reported that about 27% of US physicians trained abroad and that about 65,000 IMGs in the
                US had no US license; these are its 2020 figures. It pointed to these state actions:

                - **New Jersey:** Executive Order No. 112 (April 1, 2020) let the
                  [Division of Consumer Affairs](https://www.njconsumeraffairs.gov/COVID19/Pages/Temporary-Emergency-Foreign-Physician-Licensure-Program.aspx)
                  issue temporary emergency licenses to physicians licensed abroad who had at least five years of
                  clinical practice, some of it in the last five years, and who were lawfully present and allowed to
                  work in the US. They could give in-person care only in facilities licensed by the state's Department
                  of Health, and only during the emergency.
                - **New York:** temporary executive orders, among them Executive Order 202.10, widened who could help
                  with patient care. The petition says graduates with three years of accredited US graduate medical
                  education could care for patients without a license; a secondary summary says at least one year. We
                  could not check the order's text.
                - **Minnesota and Washington:** the petition held up Minnesota's IMG program as a model and said
                  Washington was working on something similar (see above for what both states have now).

                *Sources: the 2020 petition; [NJ Division of Consumer Affairs](https://www.njconsumeraffairs.gov/COVID19/Pages/Temporary-Emergency-Foreign-Physician-Licensure-Program.aspx);
                [Long Point Advisors on EO 202.10](https://longpointadvisors.com/new-day-new-executive-order/); checked November 26, 2026.*
                """),
            Section(40, "Other ideas from the 2020 petition", """
                The petition also suggested longer-term steps:

                - **State assistance programs** that give IMGs a route to practice, as Minnesota has.
                - **University programs** that improve IMGs' chances in the Match, such as one at UCLA.
                - **Rural care.** The petition argued that rural areas need IMGs most, and that many IMGs already live
                  outside large cities.
                """),
        ],
    };

    private static GuidancePage GetInvolved() => new()
    {
        Slug = "get-involved",
        NavigationLabel = "Get involved",
        Title = "Get involved with the society",
        Summary = "How IMGs can take part in the Medical Society of the State of New York: its IMG Committee, its "
            + "committees and sections, and its meetings.",
        Feature = PageFeature.None,
        Source = MssnyPage + ", IMG Committee and Increased Involvement of IMGs sections",
        LastReviewedOn = ReviewedOn,
        SortOrder = 70,
        BodyMarkdown = """
            The [Medical Society of the State of New York](https://www.mssny.org/) (MSSNY) has an IMG Committee. Its
            job is to help the society understand, and respond to, the concerns that are special to members who
            graduated from medical schools outside the US.

            The society encourages IMGs to take on leadership roles, in their county medical society and at
            state level. When IMGs take part, their point of view is heard, and the society can serve physicians
            and patients better.
            """,
        Sections =
        [
            Section(10, "The IMG Committee's goals", """
                The committee has three goals:

                1. **Equal standing.** An IMG who holds a New York medical license stands on equal terms with
                   licensed graduates of US medical schools.
                2. **Fair policies.** When IMG members widely see a policy as unfair to graduates of international
                   medical schools, the committee asks for an explanation or a correction.
                3. **More involvement.** It wants more IMGs to take part in the society, in their county medical
                   societies and in the [American Medical Association](https://www.ama-assn.org/) (AMA), so that
                   their views are fully represented.
                """),
            Section(20, "Serve on a committee", """
                One way to lead is to serve on one of the society's committees. Each fall, county medical
                societies send in recommendations, and the society's President-Elect considers them when making
                committee appointments.

                If you are interested, tell the executive of your county medical society.
                """),
            Section(30, "Sections for Residents and Fellows and for Young Physicians", """
                The society has special sections where members can grow as leaders:

                - a section for **residents and fellows**, for physicians in training; and
                - a section for **young physicians**: those under 40, or who finished residency training within
                  the last eight years.
                """),
            Section(40, "Council and House of Delegates meetings", """
                The society particularly invites the leaders of international medical associations to its Council and
                House of Delegates meetings. It is a good way to see how the society makes decisions, and to bring
                your community's concerns forward.
                """),
            Section(50, "Briefings on legislation", """
                The society's leaders are happy to give briefings on new laws and other developments that matter
                to physicians. To ask for a briefing, or with questions about the IMG Committee, contact the
                Division of Membership Services: see the [contact page](/contact).
                """),
        ],
    };

    private static GuidancePage Contact() => new()
    {
        Slug = "contact",
        NavigationLabel = "Contact",
        Title = "Contact the society's IMG services",
        Summary = "How to reach the Medical Society of the State of New York's Division of Membership Services "
            + "about IMG services, mentoring and the IMG Committee.",
        Feature = PageFeature.ContactPoints,
        Source = MssnyPage,
        LastReviewedOn = ReviewedOn,
        SortOrder = 80,
        BodyMarkdown = """
            The [Medical Society of the State of New York](https://www.mssny.org/) (MSSNY) supports international
            medical graduates through its Division of Membership Services. The offices listed beside this page show
            which number to call for what.

            - For **general questions about the society's IMG services**, call extension 383.
            - For the **mentoring program** (to volunteer, or to ask for a mentor) and for **questions about the
              IMG Committee**, call extension 389.

            When you call, ask for the Division of Membership Services and explain what you need. It helps to
            have your details ready, for example where you are in your training or your application.

            **Address:** Medical Society of the State of New York, 865 Merrick Avenue, Westbury, New York 11590

            **Phone:** [+1 (516) 488-6100](tel:+15164886100) (from outside the US, dial your international access code, then 1 516 488 6100)
            """,
    };
}
