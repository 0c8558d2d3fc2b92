using ImgPortal.Core.Content;

namespace ImgPortal.Infrastructure.Data.Seed;

/// <summary>
/// The starter guidance the portal is seeded with: pages, J-1 waiver figures, state pathways (as they were
/// in 2020), organisations and contact offices. Written in the portal's own words from the two source
/// documents (the Medical Society of the State of New York's IMG page and a 2020 petition). Offices only,
/// never named people: staff add named contacts through the portal. Every method returns new objects, so
/// callers may attach them to a context and change them freely.
/// </summary>
public static class ContentSeed
{
    /// <summary>The date the seeded content was last checked against its sources.</summary>
    public static readonly DateOnly ReviewedOn = new(2026, 11, 23);

    private const string MssnyPage =
        "Medical Society of the State of New York (MSSNY), International Medical Graduates page";

    private const string Petition =
        "Petition \"Allow U.S.-Based IMGs to Work in the U.S. for COVID-19 Support\", 20 March 2020";

    private const string MssnyAddress = "865 Merrick Avenue, Westbury, New York 11590";

    public static IReadOnlyList<GuidancePage> Pages() =>
    [
        Residency(),
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
            Year = 2026,
            TotalWaivers = 30,
            SecondCategoryMax = 10,
            Notes = "Each year, New York can support waivers of the two-year home residence requirement for up to "
                + "30 J-1 physicians who agree to practise in a federally designated underserved area, or to care "
                + "for people who live in one. No more than 10 of these waivers may go to the second category: "
                + "physicians who work at a site outside an underserved area but serve its residents. The source "
                + "page gives no year; the year shown is the year these figures were last checked. Always read the "
                + "Department of Health's current application guidance.",
            Source = MssnyPage + ", describing the New York State Department of Health's \"State 30\" program",
            AsOf = ReviewedOn,
        },
    ];

    public static IReadOnlyList<StatePathway> StatePathways() =>
    [
        new StatePathway
        {
            State = "New Jersey",
            Kind = PathwayKind.TemporaryLicense,
            Description = "In 2020, Governor Phil Murphy's Executive Order No. 112 allowed the state's Division of "
                + "Consumer Affairs to give temporary licences to doctors who held a medical licence in another "
                + "country. This was an emergency measure during COVID-19 and may have ended.",
            Requirements = "A medical licence from another country, as the petition describes it. The order's full "
                + "conditions are not listed in the source; see New Jersey's current rules.",
            Source = Petition + ", citing New Jersey Executive Order No. 112 (2020)",
            AsOf = new DateOnly(2020, 4, 1),
        },
        new StatePathway
        {
            State = "New York",
            Kind = PathwayKind.SupervisedPractice,
            Description = "During the 2020 COVID-19 emergency, IMGs who had finished three years of graduate medical "
                + "education could give patient care in New York even without a licence. This was an emergency "
                + "measure and may have ended.",
            Requirements = "Completion of three years of graduate medical education in a postgraduate training "
                + "program accredited by the ACGME or the AOA.",
            Source = Petition,
            AsOf = new DateOnly(2020, 3, 20),
        },
        new StatePathway
        {
            State = "Minnesota",
            Kind = PathwayKind.AssistanceProgram,
            Description = "Minnesota had an International Medical Graduate Assistance Program that created a pathway "
                + "for IMGs towards practice in the US, including care in rural areas. The petition pointed to it "
                + "as a model for other states.",
            Requirements = "See the state's current rules; the source does not list requirements.",
            Source = Petition,
            AsOf = new DateOnly(2020, 3, 20),
        },
        new StatePathway
        {
            State = "Washington",
            Kind = PathwayKind.ProposedAction,
            Description = "In 2020, Washington was pushing for action similar to Minnesota's, to give IMGs a pathway "
                + "to practice. The petition does not say whether it became law.",
            Requirements = "See the state's current rules; the source does not list requirements.",
            Source = Petition,
            AsOf = new DateOnly(2020, 3, 20),
        },
    ];

    public static IReadOnlyList<Organisation> Organisations() =>
    [
        new Organisation
        {
            Name = "Educational Commission for Foreign Medical Graduates",
            Abbreviation = "ECFMG",
            Role = "Certifies international medical graduates for US graduate medical education: it checks your "
                + "medical education records with your school and confirms your exam results. You need its "
                + "certificate before you start an accredited residency. It also sponsors J-1 visas for "
                + "physicians in graduate medical education, and handles IMGs' supporting documents for ERAS.",
            WebsiteUrl = "https://www.ecfmg.org/",
            SortOrder = 10,
        },
        new Organisation
        {
            Name = "ECFMG Certificate Holders Office",
            Abbreviation = "ECHO",
            Role = "ECFMG's free professional development program for physicians who are ECFMG certified or about "
                + "to be. It offers guidance on residency applications, licensing and specialty certification, "
                + "information on non-clinical careers, and a free monthly e-newsletter.",
            WebsiteUrl = "https://www.ecfmg.org/echo/",
            SortOrder = 20,
        },
        new Organisation
        {
            Name = "Electronic Residency Application Service",
            Abbreviation = "ERAS",
            Role = "The online service, run by the Association of American Medical Colleges (AAMC), that most "
                + "residency programs use to receive applications. You send your application, personal statement, "
                + "letters of recommendation and other documents to programs through ERAS.",
            WebsiteUrl = "https://students-residents.aamc.org/applying-residencies-eras/applying-residencies-eras",
            SortOrder = 30,
        },
        new Organisation
        {
            Name = "National Resident Matching Program",
            Abbreviation = "NRMP",
            Role = "Runs the Match, which places applicants into residency positions using the ranked lists of both "
                + "applicants and programs. You must register with the NRMP separately from ERAS, and a match is a "
                + "binding commitment.",
            WebsiteUrl = "https://www.nrmp.org/",
            SortOrder = 40,
        },
        new Organisation
        {
            Name = "Federation Credentials Verification Service (Federation of State Medical Boards)",
            Abbreviation = "FCVS",
            Role = "Collects and verifies your medical education, training and exam records from the original "
                + "sources, and keeps them in a permanent file it can send to state licensing boards. Start your "
                + "file as soon as you enter residency.",
            WebsiteUrl = "https://www.fsmb.org/fcvs/",
            SortOrder = 50,
        },
        new Organisation
        {
            Name = "New York State Education Department, Office of the Professions",
            Abbreviation = "NYSED OP",
            Role = "Grants and registers licences to practise medicine in New York. It sets the education, training "
                + "and exam requirements, and must have your ECFMG certification in your credentials file.",
            WebsiteUrl = "https://www.op.nysed.gov/",
            SortOrder = 60,
        },
        new Organisation
        {
            Name = "New York State Department of Health",
            Abbreviation = "NYSDOH",
            Role = "Runs New York's \"State 30\" J-1 visa waiver program. It reviews waiver applications from "
                + "employers and can recommend waivers for physicians who will serve underserved communities.",
            WebsiteUrl = "https://www.health.ny.gov/",
            SortOrder = 70,
        },
        new Organisation
        {
            Name = "Medical Society of the State of New York",
            Abbreviation = "MSSNY",
            Role = "The state medical society. Its IMG Committee speaks up for IMGs, and it offers the IMG "
                + "Sourcebook, a mentoring program for IMGs seeking residency, help for members with credentialing "
                + "problems, and ways to take part in its leadership.",
            WebsiteUrl = "https://www.mssny.org/",
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
            SortOrder = 20,
        },
    ];

    private static PageSection Step(int sortOrder, string heading, string bodyMarkdown) => new()
    {
        Kind = SectionKind.Step,
        SortOrder = sortOrder,
        Heading = heading,
        BodyMarkdown = bodyMarkdown,
    };

    private static PageSection Section(int sortOrder, string heading, string bodyMarkdown) => new()
    {
        Kind = SectionKind.Section,
        SortOrder = sortOrder,
        Heading = heading,
        BodyMarkdown = bodyMarkdown,
    };

    private static GuidancePage Residency() => new()
    {
        Slug = "residency",
        NavigationLabel = "Residency",
        Title = "Getting a residency in New York",
        Summary = "The main steps from a medical degree earned outside the US or Canada to a residency position "
            + "in New York State, and the organisations you will meet on the way.",
        Feature = PageFeature.Organisations,
        Source = MssnyPage + ", with general, well-established steps; check each organisation's website for "
            + "its current rules",
        LastReviewedOn = ReviewedOn,
        SortOrder = 10,
        BodyMarkdown = """
            > **Rules change.** Exam requirements, application dates and Match rules are updated every year.
            > Before you act, always check the official website of the organisation concerned.

            If you earned your medical degree outside the United States or Canada, you can still train in a US
            residency program. The road has many steps, though, and each step is handled by a different
            organisation with its own rules and deadlines.

            This page walks you through the steps in the usual order. The list of organisations beside this page
            explains what each one does for you.

            Take your time. Read every organisation's website carefully, so that you understand its role, how
            programs choose their residents, who is eligible, and what programs expect from a candidate.
            """,
        Sections =
        [
            Step(10, "Check your eligibility and become ECFMG certified", """
                Before you can start a US residency program accredited by the ACGME (Accreditation Council for
                Graduate Medical Education), you need certification from ECFMG, the Educational Commission for
                Foreign Medical Graduates.

                To be certified, you pass the required exams of the United States Medical Licensing Examination
                (USMLE), and ECFMG checks your medical diploma and records directly with your medical school.

                - Read ECFMG's current requirements before you book any exam. They have changed before and may
                  change again.
                - Check that your medical school meets ECFMG's eligibility rules. ECFMG explains how to find out.
                - Start early. Checking documents with a school in another country can take a long time.
                - You can apply for residency while you finish these steps, but you must hold the certificate
                  before your training begins.
                """),
            Step(20, "Learn what each organisation does", """
                Several organisations are involved, and it is easy to mix them up. In short:

                - **ECFMG** certifies you, and sponsors J-1 visas for physicians in training.
                - **ERAS** is where you send your applications to residency programs.
                - **NRMP** runs the Match, which decides where you will train.
                - **FCVS** collects and checks your credentials for your future medical licence.
                - In New York, the **State Education Department's Office of the Professions** grants medical
                  licences.

                Read each organisation's website with care. Learn how programs recruit residents, what their
                eligibility rules are, and what they expect from you as a candidate.
                """),
            Step(30, "Plan your application through ERAS", """
                Most residency programs receive applications through ERAS, the Electronic Residency Application
                Service of the Association of American Medical Colleges (AAMC). As an IMG, you get access to ERAS
                through ECFMG, which also sends your supporting documents, such as your medical school
                transcript, to programs.

                - Choose programs whose rules you meet. Many programs publish rules about exam results, year of
                  graduation, visas and US clinical experience.
                - Prepare your CV, personal statement and letters of recommendation well before the application
                  season opens.
                - Check the ERAS timetable for the current year, and apply as early as you can.
                """),
            Step(40, "Register for the Match with the NRMP", """
                Applying through ERAS does not enter you into the Match. You must register separately with the
                NRMP, the National Resident Matching Program.

                After your interviews, you make a rank order list: the programs you want, in the order you prefer
                them. Programs rank the applicants they want, too. The NRMP then uses both sets of lists to place
                applicants into positions. If you match, you are committed to train at that program.

                Read the NRMP's rules and deadlines for the current Match year. They are strict, and they can
                change from one year to the next.
                """),
            Step(50, "Prepare for your interviews", """
                An interview invitation means a program is seriously interested in you. Use the time before it
                well:

                - Practise answering common questions out loud, in English, with a friend or a mentor.
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

                - **J-1 visa.** ECFMG sponsors J-1 exchange visitor visas for physicians in clinical training, and
                  many IMGs train on one. J-1 physicians usually have a two-year home residence requirement after
                  training, unless they receive a waiver. New York's "State 30" program is one way to get a
                  waiver: see the [J-1 visa waiver page](/j1-waiver).
                - **Other visas.** Some programs sponsor other visas, such as the H-1B. These have their own
                  requirements, so ask each program what it offers.

                Check the rules with ECFMG and with each program. If your situation is complicated, get advice
                from a qualified immigration lawyer.
                """),
            Step(70, "Start your FCVS file once you begin training", """
                As soon as you start residency, open your file with FCVS, the Federation Credentials Verification
                Service, even though your licence is still years away. FCVS collects and checks your education,
                training and exam records, and keeps them in one file that it can send to licensing boards later.

                Checking credentials is where many licensing delays happen, so an early start really helps. See
                the [credentialing checklist](/credentialing) for practical advice.
                """),
            Section(100, "New York specifics", """
                - **Licensing.** In New York, the State Education Department's Office of the Professions handles
                  medical licences. Check its website for the training and exam requirements for graduates of
                  medical schools outside the US and Canada.
                - **J-1 waivers.** The New York State Department of Health runs the "State 30" waiver program for
                  J-1 physicians who will serve underserved communities. See the
                  [J-1 visa waiver page](/j1-waiver).
                - **Support.** The Medical Society of the State of New York (MSSNY) helps IMGs through its IMG
                  Committee, its IMG Sourcebook and its [mentoring program](/mentoring).
                """),
            Section(110, "The IMG Sourcebook", """
                The Medical Society of the State of New York offers an IMG Sourcebook: a resource for
                international medical graduates who are looking for a residency position in New York State. If
                you plan to train in New York, it is a good place to start.

                The society also gives a short summary of what you need to know, with links to the websites you
                should get to know. Look for both on the society's website, or ask the Division of Membership
                Services (see the [contact page](/contact)).
                """),
            Section(120, "Competition is intense", """
                Competition for residency positions is intense. Many IMGs who have passed their exams still do not
                find a position, because there are not enough places for everyone.

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
        Summary = "New York's \"State 30\" program can waive the two-year home residence requirement for up to 30 "
            + "J-1 physicians a year who serve underserved communities.",
        Feature = PageFeature.WaiverFigures,
        Source = MssnyPage + ", describing the New York State Department of Health's \"State 30\" program",
        LastReviewedOn = ReviewedOn,
        SortOrder = 20,
        BodyMarkdown = """
            > **Check before you apply.** Waiver programs and their rules can change. The figures shown here are
            > per year and were true on the date shown. Always read the New York State Department of Health's
            > current application guidance.

            Many international medical graduates train in the US on a J-1 exchange visitor visa. After training,
            J-1 physicians usually must live in their home country for two years before they can get certain
            other US visas or apply for permanent residence (a "green card"). This rule is called the two-year
            home residence requirement.

            New York's "State 30" program, run by the New York State Department of Health, offers a way to have
            this requirement waived. Each year the state can support waivers for up to 30 J-1 physicians. In
            return, the physicians agree to work where doctors are needed most: in areas the federal government
            has designated as underserved, or for people who live in those areas.

            The program is New York's part of a national program that lets each state support a limited number
            of these waivers every year. It is often called the "Conrad 30" program.
            """,
        Sections =
        [
            Section(10, "Who qualifies", """
                In general, the program is for physicians who:

                - are in the US on a J-1 visa for medical training and have the two-year home residence
                  requirement;
                - have a job offer from a health care employer in New York; and
                - agree to practise in a federally designated underserved area, or to care for people who live
                  in one.

                Federal designations include Health Professional Shortage Areas (HPSAs) and Medically Underserved
                Areas or Populations (MUAs/MUPs). The Department of Health's guidance gives the full conditions,
                including the kind of job and how long you must commit to it.
                """),
            Section(20, "The two categories", """
                The program has two categories of waiver:

                1. **Working in an underserved area.** The physician practises at a site inside a federally
                   designated underserved area.
                2. **Serving people from underserved areas.** The physician works at a site outside a designated
                   area, but cares for patients who live in one.

                Up to 10 of the 30 waivers each year may go to the second category.
                """),
            Section(30, "How to apply", """
                You do not apply on your own. The health care facility that wants to employ you applies to the
                New York State Department of Health for you.

                1. Find an employer in New York that will hire you to work in, or for, an underserved area, and
                   that is willing to apply for a waiver.
                2. Your employer reads the department's current application guidance and prepares the application
                   with your documents.
                3. The department reviews the application. If it supports it, it sends a recommendation to the
                   federal government, which makes the final decision.

                The 30 places are counted per year, so timing matters. Start talking with employers well before
                your training ends, and check the department's website for current dates and forms.
                """),
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
        Source = MssnyPage + ", describing ECFMG's ECHO program",
        LastReviewedOn = ReviewedOn,
        SortOrder = 30,
        BodyMarkdown = """
            ECHO stands for the ECFMG Certificate Holders Office. It is a professional development program from
            ECFMG (the Educational Commission for Foreign Medical Graduates) for physicians who hold ECFMG
            certification, and for those who will be certified soon. Its resources are free.

            ECHO's aim is to help you prepare well and stay organised when you make important decisions about
            your career.

            Services change over time. Visit the [ECHO section of the ECFMG website](https://www.ecfmg.org/echo/)
            to see what it offers today.
            """,
        Sections =
        [
            Section(10, "What ECHO can help with", """
                ECHO's resources guide you into the US health care system, including:

                - applying to US graduate medical education (GME) programs, such as residencies;
                - getting a US medical licence; and
                - becoming certified in a medical specialty.
                """),
            Section(20, "If you do not enter residency", """
                Not every certified IMG goes on to US graduate medical education. ECHO also aims to share
                information about non-clinical careers, where your medical knowledge is still valuable.
                """),
            Section(30, "Connect and stay informed", """
                ECHO helps IMGs get in touch with experts and organisations, and with each other.

                It also sends a free e-newsletter every month. To subscribe, go to the
                [ECHO section of the ECFMG website](https://www.ecfmg.org/echo/).
                """),
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
        Source = MssnyPage + ", IMG Committee advice on credentialing delays",
        LastReviewedOn = ReviewedOn,
        SortOrder = 40,
        BodyMarkdown = """
            > **Processes change.** Always read the current instructions on the FCVS website.

            Before a state gives you a medical licence, it must be sure that your education, training and exam
            results are genuine. This checking is called credentialing. Many physicians use FCVS, the Federation
            Credentials Verification Service of the Federation of State Medical Boards. FCVS collects your
            documents from the original sources, verifies them, and keeps them in a permanent file that it can
            send to state licensing boards.

            Credentialing is where many licensing delays happen. Often applicants do not fully understand what
            they themselves must do, and so, without meaning to, they slow down their own application.

            The checklist below is based on advice from the IMG Committee of the Medical Society of the State of
            New York. Work through it step by step.
            """,
        Sections =
        [
            Step(10, "Start as soon as you enter residency", """
                Open your FCVS file as soon as you begin residency training. You do not need to choose the state
                where you will apply for a licence yet. What matters is to get the process started, because
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
                explains the process, and the answers to frequently asked questions. Many common problems are
                already answered there.
                """),
            Step(50, "Set up a Federal Express account", """
                Open a Federal Express (FedEx) account that FCVS can use. This helps your documents arrive faster.
                """),
            Step(60, "Contact your medical school yourself", """
                Your medical school must send information to FCVS. Get in touch with the school personally,
                explain what FCVS needs, and ask the school to reply to FCVS. A personal request often gets a
                faster answer.
                """),
            Step(70, "Make sure your ECFMG certification is in your file", """
                Check that the New York State Education Department has received your ECFMG certification, and that
                it has been added to your FCVS file. Do not assume this happens by itself.
                """),
            Step(80, "Become a member of the society", """
                Join the Medical Society of the State of New York. As a member, you can ask the society for help
                if you have problems with your credentials. See the [contact page](/contact).
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
            Competition for residency positions is intense. A mentor who has already made the journey can make
            your own road much clearer.

            The Medical Society of the State of New York runs a mentoring program for international medical
            graduates. IMG members of the society volunteer to guide other IMGs who are looking for a residency
            position. A mentor can help you with:

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
        Title = "State pathways for IMGs during COVID-19 (2020)",
        Summary = "What some US states did in 2020, during COVID-19, to let IMGs help or practise, as reported in "
            + "a 2020 petition. These records show how things were then.",
        Feature = PageFeature.StatePathways,
        Source = Petition,
        LastReviewedOn = ReviewedOn,
        SortOrder = 60,
        BodyMarkdown = """
            > **This page describes 2020.** Each state action is shown as it was in 2020, with its date.
            > Emergency orders made during COVID-19 may have ended, and rules change. Check each state's current
            > rules with its licensing authority before you act.

            In early 2020, as COVID-19 spread, US hospitals needed more help. Some states looked for ways to let
            international medical graduates (IMGs) help or practise, even without a full US licence.

            A public petition, "Allow U.S.-Based IMGs to Work in the U.S. for COVID-19 Support", dated 20 March
            2020, asked state officials and medical boards to go further. The records beside this page list the
            state actions the petition mentions. Some of the events it describes happened in the weeks after
            that date.
            """,
        Sections =
        [
            Section(10, "The petition's figures (March 2020)", """
                According to the petition:

                - about 27% of US physicians were trained in other countries; and
                - about 65,000 IMGs living in the US did not have a US licence.

                The petition explained that many of these IMGs have medical degrees, and many have passed their
                licensing exams, but they cannot practise because there are not enough residency positions.
                These are the petition's figures from 2020. They may not match current data.
                """),
            Section(20, "What the petition asked for", """
                The petition asked state officials and medical boards to let ECFMG-certified IMGs help under the
                supervision of a licensed physician, even if they had not completed any US postgraduate training.
                """),
            Section(30, "What some states did in 2020", """
                - **New Jersey:** Governor Phil Murphy's Executive Order No. 112 allowed the state's Division of
                  Consumer Affairs to give temporary licences to doctors licensed in other countries.
                - **New York:** during the emergency, IMGs who had finished three years of graduate medical
                  education in a program accredited by the ACGME or the AOA could care for patients without a
                  licence.
                - **Minnesota:** the state had an International Medical Graduate Assistance Program, a pathway
                  towards practice that also supports care in rural areas.
                - **Washington:** was pushing for similar action.
                """),
            Section(40, "Other ways to help IMGs reach practice", """
                The petition also suggested longer-term steps:

                - **State assistance programs.** States could set up programs that give IMGs a pathway to
                  practice, as Minnesota did.
                - **University programs.** Universities could create programs that improve IMGs' chances of
                  matching into US residency positions, like one at UCLA.
                - **Rural care.** The petition noted that rural areas have the greatest need for IMGs' care.
                  Many IMGs live outside big cities, which can make it easier for them to work in rural
                  communities.
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
            The Medical Society of the State of New York (MSSNY) has an IMG Committee. Its job is to help the
            society understand, and respond to, the concerns that are special to members who graduated from
            medical schools outside the US.

            The society encourages IMGs to take on leadership roles, in their county medical society and at
            state level. When IMGs take part, their point of view is heard, and the society can serve physicians
            and patients better.
            """,
        Sections =
        [
            Section(10, "The IMG Committee's goals", """
                The committee has three goals:

                1. **Equal standing.** Once an IMG is licensed to practise medicine in New York State, they are
                   the equal of licensed graduates of US medical schools.
                2. **Fair policies.** When IMG members widely see a policy as unfair to graduates of international
                   medical schools, the committee asks for an explanation or a correction.
                3. **More involvement.** It wants more IMGs to take part in the society, in their county medical
                   societies and in the American Medical Association (AMA), so that their views are fully
                   represented.
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
                Leaders of international medical associations are especially encouraged to attend meetings of the
                society's Council and its House of Delegates. It is a good way to see how the society makes
                decisions, and to bring your community's concerns forward.
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
            The Medical Society of the State of New York (MSSNY) supports international medical graduates
            through its Division of Membership Services. The offices listed beside this page show which number
            to call for what.

            - For **general questions about the society's IMG services**, call extension 383.
            - For the **mentoring program** (to volunteer, or to ask for a mentor) and for **questions about the
              IMG Committee**, call extension 389.

            When you call, ask for the Division of Membership Services and explain what you need. It helps to
            have your details ready, for example where you are in your training or your application.

            **Address:** Medical Society of the State of New York, 865 Merrick Avenue, Westbury, New York 11590

            **Phone:** 516-488-6100
            """,
    };
}
