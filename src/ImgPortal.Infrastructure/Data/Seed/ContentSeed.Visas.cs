using ImgPortal.Core.Content;

namespace ImgPortal.Infrastructure.Data.Seed;

/// <summary>
/// The visas page: J-1 or H-1B for residency, the H-1B payment, travel restrictions and the waivers after training.
/// Every fact was checked on <see cref="VisasReviewedOn"/>; what no source confirmed is written as unknown on the page.
/// Sources are listed with their kind in <c>docs/sources/visas.md</c>.
/// </summary>
public static partial class ContentSeed
{
    /// <summary>The date the visas page was checked against its sources.</summary>
    public static readonly DateOnly VisasReviewedOn = new(2026, 12, 6);

    /// <summary>Marks a source line's title as a law firm, news site, tracker or other copy, not the rule-maker itself.</summary>
    public const string SecondaryLabel = "(secondary source)";

    private static GuidancePage Visas() => new()
    {
        Slug = VisasGuide.Slug,
        NavigationLabel = "Visas",
        Title = "Visas for residency: J-1 or H-1B",
        Summary = "How the two visas used for residency differ, what the $100,000 H-1B payment and the travel bans "
            + "mean for you, and how J-1 doctors can stay after training.",
        Feature = PageFeature.None,
        Source = "Federal agencies, ECFMG and the NRMP, with law firm and news reports marked as secondary sources; "
            + "each section names its sources, checked December 6, 2026",
        LastReviewedOn = VisasReviewedOn,
        SortOrder = 15,
        BodyMarkdown = """
            > **What changed recently** (checked December 6, 2026)
            >
            > - **September 21, 2025:** most new H-1B petitions for doctors who are outside the US need a $100,000
            >   payment.
            > - **October 20, 2025:** USCIS said the payment does not apply when you change to H-1B status inside the
            >   US and stay until it is approved.
            > - **December 23, 2025:** a federal court in Washington, D.C. upheld the payment. The appeal was set for
            >   argument in February 2026. No source we checked says how the appeal ended, as of December 6, 2026.
            > - **January 1, 2026:** a wider travel ban started. It fully bars 19 countries and limits J visas for 20
            >   more.
            > - **September 21, 2026:** the payment rule's first 12 months ended. No source we checked says whether
            >   it was extended, as of December 6, 2026.

            If you are not a US citizen or green card holder, your residency program must sponsor a visa that lets
            you train. Almost always this is a **J-1** or an **H-1B**. The choice shapes what you can do after
            training, so learn the difference before you rank programs.

            Visa rules changed often in 2025 and 2026. Dates are given for every fact. Before you act, check with
            ECFMG, your program and, if your case is complex, an immigration lawyer.
            """,
        Sections =
        [
            Section(10, VisasGuide.J1Heading, """
                For clinical training, such as a residency or fellowship, the J-1 sponsor is
                [ECFMG](https://www.ecfmg.org/), not the hospital. ECFMG issues the DS-2019 form you take to your visa
                interview.

                - **The two-year rule always applies.** Every physician ECFMG sponsors for clinical training is bound
                  by the two-year home-country physical presence rule of INA section 212(e). So are a spouse and
                  children on J-2. Only a waiver removes it.
                - **Your home country must support you.** ECFMG asks for a Statement of Need from your country's
                  government.
                - **You must show you plan to go home.** At the visa interview you show ties to your home country.
                - **Limits while you train.** Sponsorship usually lasts at most seven years. You may change specialty
                  once, in your first two years. Paid work outside your program ("moonlighting") is not allowed.
                - **After training** you have 30 days to leave the US, without permission to work.
                """,
                sources: SourceLines(
                    "https://golive.ecfmg.org/evsp/applying-general-selected-regulations.html | ECFMG, J-1 sponsorship: general requirements | 2026-12-06",
                    "http://www.ecfmg.org/evsp/regulations.html | ECFMG, selected federal rules for J-1 physicians | 2026-12-06",
                    "https://ecfmg.org/evsp/during-exiting-sponsorship.html | ECFMG, exiting J-1 sponsorship | 2026-12-06")),
            Section(20, VisasGuide.H1bHeading, """
                An H-1B is a work visa that the hospital itself files for. To treat patients on an H-1B, residency
                included, federal rules (8 CFR 214.2(h)(4)(viii)) require:

                - **all three USMLE Steps: 1, 2 and 3.** This is a federal condition, not a program's preference. In
                  1992 the Department of Health and Human Services named USMLE Steps 1, 2 and 3 as the exam a foreign
                  doctor must pass. Plan to pass Step 3 before the program files your petition;
                - a license or training permit from the state, where the state requires one; and
                - proof of English, which ECFMG certification gives.

                **Cap-exempt employers.** Hospitals that are part of, or affiliated with, a university, and nonprofit
                research bodies, can file an H-1B at any time of year, outside the yearly lottery. Many teaching
                hospitals are cap-exempt, but not all.

                **Cost.** A new H-1B for a doctor who is outside the US may now need a $100,000 payment (see below).
                Ask each program whether it still sponsors the H-1B for applicants abroad.
                """,
                sources: SourceLines(
                    "https://webharvest.gov/peth04/20041022004624/http://hhs.gov/news/press/pre1995pres/920916.txt | HHS, USMLE Steps 1-3 as the H-1B exam, 1992 (archived) | 2026-12-06",
                    "https://internationalcenter.umich.edu/fsis/h1b/health-care-positions | University of Michigan, H-1B for health care positions (secondary source) | 2026-12-06",
                    "https://j1visawaiver.net/immigration-law-for-doctors/foreign-affairs-manual/ | Foreign Affairs Manual on H-1B physicians, copy (secondary source) | 2026-12-06",
                    "http://www.immigrationattorneyvisa.com/blog--news/h-1b-for-foreign-physicians | Law firm, H-1B for physicians and the cap exemption (secondary source) | 2026-12-06")),
            Section(30, VisasGuide.ComparisonHeading, """
                | Topic | J-1 | H-1B |
                |---|---|---|
                | Sponsor | ECFMG | Your hospital |
                | USMLE | Steps 1 and 2 CK | Steps 1, 2 CK and 3 |
                | Cost to program | No H-1B petition or payment | Petition fees; $100,000 if you are abroad |
                | After training | Two years at home, unless waived | No two-year rule |
                | Waivers | Conrad 30, NBRC, ARC, HHS, VA | None needed |
                | Family | J-2, also bound by the two-year rule | H-4 |

                A J-1 is simpler for the program. An H-1B leaves you free after training, but it needs Step 3 early and
                may now cost the program much more.
                """,
                sources: SourceLines(
                    "https://golive.ecfmg.org/evsp/applying-general-selected-regulations.html | ECFMG, J-1 sponsorship: general requirements | 2026-12-06",
                    "https://internationalcenter.umich.edu/fsis/h1b/health-care-positions | University of Michigan, H-1B for health care positions (secondary source) | 2026-12-06")),
            Section(40, "The $100,000 H-1B payment", """
                **What it is.** Proclamation 10973, signed September 19, 2025, requires a $100,000 payment with many new
                H-1B petitions filed from 12:01 a.m. Eastern time on September 21, 2025. The employer pays it through
                pay.gov before filing. A petition that needs it and comes without proof of payment or an exception is
                denied.

                **Which petitions it covers** (USCIS guidance of October 20, 2025):

                - a new petition for someone **outside the US** who has no valid H-1B visa;
                - a petition that asks for consular, port-of-entry or pre-flight notification; and
                - a change-of-status petition that USCIS turns down, for example because you were out of status or
                  **left the US before it was decided**.

                **Which it does not cover:** petitions filed before September 21, 2025; visas already issued; and a
                change of status, extension or amendment for someone **inside the US** that USCIS approves. A J-1
                doctor who changes to H-1B inside the US after a waiver is normally not charged, if they stay until
                the approval.

                **Exceptions.** The Secretary of Homeland Security may excuse the payment when an individual's work is
                in the national interest; USCIS calls this extraordinarily rare. On September 22, 2025 a White House
                spokesperson said exceptions could include physicians and medical residents. No source we checked
                says DHS has granted an exception for all physicians, as of December 6, 2026.

                **What courts have said:**

                - **December 23, 2025:** the federal district court in Washington, D.C. upheld the proclamation
                  (Chamber of Commerce v. DHS). The plaintiffs appealed on December 29, 2025.
                - **January 5, 2026:** the D.C. Circuit agreed to hear the appeal fast, with argument in February 2026.
                  No source we checked says how it ruled, as of December 6, 2026.
                - Two other suits were pending when last reported: Global Nurse Force v. Trump (N.D. Cal., filed
                  October 3, 2025) and California v. Noem (D. Mass., filed December 12, 2025 by 20 states, New York
                  among them). No source we checked gives their outcome, as of December 6, 2026.

                **How long it lasts.** The proclamation ran for 12 months from September 21, 2025 unless extended. No
                source we checked says whether it was extended past September 21, 2026, as of December 6, 2026. Ask
                your program whether it still pays.
                """,
                sources: SourceLines(
                    "https://www.govinfo.gov/content/pkg/FR-2025-09-24/html/2025-18601.htm | Federal Register, Proclamation 10973 | 2026-12-06",
                    "https://www.mondaq.com/unitedstates/work-visas/1695230/updated-uscis-guidance-on-h-1b-proclamation | Law firm summary of USCIS guidance of Oct. 20, 2025 (secondary source) | 2026-12-06",
                    "https://www.nixonpeabody.com/insights/alerts/2025/10/21/uscis-clarifies-100k-fee-for-certain-h-1b-visa-petitions | Nixon Peabody on the USCIS guidance (secondary source) | 2026-12-06",
                    "https://www.bellnunnally.com/news/new-h-1b-visa-regulation-100000-fee | Bell Nunnally on the 12-month term (secondary source) | 2026-12-06",
                    "https://www.visaverge.com/?p=79581 | VisaVerge on the White House statement (secondary source) | 2026-12-06",
                    "https://www.kmhimmigration.com/district-court-judge-issues-opinion-upholding-100000-h-1b-fee | KMH on the district court ruling (secondary source) | 2026-12-06",
                    "https://www.meltzerhellrung.com/court-approves-fast-track-appeal-of-h-1b-fee-decision | Meltzer Hellrung on the expedited appeal (secondary source) | 2026-12-06",
                    "https://www.fragomen.com/insights/united-states-third-court-challenge-to-dollar10000-h-1b-fee-is-filed.html | Fragomen on the three lawsuits (secondary source) | 2026-12-06")),
            Section(50, "Travel bans and visa interview pauses", """
                **The 2025 J visa interview pause.** On May 27, 2025 the Department of State told embassies to stop
                scheduling J, F and M visa interviews, J-1 physicians included. It lifted the pause on June 18, 2025 and
                told consulates to put J-1 physicians first, with extra social media checks.

                **The June 2025 travel ban.** A proclamation of June 4, 2025, in force from June 9, fully barred
                nationals of 12 countries and partly barred nationals of 7 more. The partial ban covered J visas.

                **What the NRMP allowed.** Programs with a matched applicant from a restricted country could ask the
                NRMP to waive the Match commitment. For doctors held up by visa delays, the NRMP asked programs to
                consider a later start or a one-year deferral first.

                **The wider ban from January 1, 2026.** A proclamation of December 16, 2025 fully bars entry for
                nationals of 19 countries: Afghanistan, Burkina Faso, Burma, Chad, the Republic of the Congo,
                Equatorial Guinea, Eritrea, Haiti, Iran, Laos, Libya, Mali, Niger, Sierra Leone, Somalia, South Sudan,
                Sudan, Syria and Yemen, and travelers with Palestinian Authority documents. It partly bars 20 more, and
                for 19 of them the bar includes J visas: Angola, Antigua and Barbuda, Benin, Burundi, Côte d'Ivoire,
                Cuba, Dominica, Gabon, The Gambia, Malawi, Mauritania, Nigeria, Senegal, Tanzania, Togo, Tonga,
                Venezuela, Zambia and Zimbabwe. For Turkmenistan only immigrant visas stay barred.

                The bans apply to people outside the US without a valid visa on the start date. They do not cancel
                visas issued before it. The lists are reviewed every 180 days. No source we checked lists a change
                after January 1, 2026, nor what the NRMP allows for the 2027 Match, as of December 6, 2026. If you are
                from a listed country, ask ECFMG and your programs before you rank.
                """,
                sources: SourceLines(
                    "https://www.nrmp.org/topic/match-participants | NRMP statement on visa actions, 2025 | 2026-12-06",
                    "https://www.acr.org/News-and-Publications/State-Department-Resumes-Visa-Process-and-Prioritizes-J-1-Physicians | American College of Radiology, June 25, 2025 (secondary source) | 2026-12-06",
                    "https://particle.news/story/hospitals-brace-for-staffing-gaps-after-state-department-resumes-j-1-visa-interviews | News on the resumed interviews (secondary source) | 2026-12-06",
                    "https://www.everycrsreport.com/files/2025-12-19_IN12631_ac1fc8a6173209ca3b8043e566d5319f4686f0ea.html | Congressional Research Service on the Dec. 16, 2025 proclamation, copy (secondary source) | 2026-12-06",
                    "https://www.bakerdonelson.com/the-june-9-and-december-16-travel-bans-who-is-impacted-and-what-you-need-to-know | Baker Donelson, country lists (secondary source) | 2026-12-06",
                    "https://www.alston.com/en/insights/publications/2025/12/us-travel-restrictions-january-2026 | Alston & Bird on the 180-day review (secondary source) | 2026-12-06")),
            Section(60, "Waivers after training", """
                A J-1 doctor who wants to stay after training needs a waiver of the two-year rule. Each route below
                asks you to work full time for at least three years where doctors are scarce, usually in H-1B status.
                Every route also has federal conditions: a signed job contract, a start within 90 days of the waiver,
                and a "no objection" letter from your home government if it paid for your exchange program.

                - **Conrad 30 (State 30 in New York).** Each state may recommend up to 30 waivers a year. It is not
                  permanent: Congress has to renew it, usually in a funding law. If it lapses, only doctors who got J-1
                  status before the end date can still use it. The last renewal a source confirms ran to September 30,
                  2024. No source we checked says until when it is authorized now, as of December 6, 2026. The Conrad
                  State 30 and Physician Access Reauthorization Act (S. 709 and H.R. 1585, introduced February 25, 2025)
                  would renew it for three years; it was sent to the Judiciary Committees, and no source we checked
                  shows a vote, as of December 6, 2026. For New York's rules, see the [J-1 waiver page](/j1-waiver).
                - **Northern Border Regional Commission (NBRC).** Since December 2023 the NBRC can recommend waivers
                  for jobs in shortage areas of its counties in New York, Maine, New Hampshire and Vermont. Since April
                  1, 2024 it takes specialists who show need as well as primary care doctors. The state must sponsor
                  you first.
                - **Appalachian Regional Commission (ARC).** The ARC covers shortage areas in its Appalachian counties,
                  some of them in New York. It takes primary care doctors and specialists who show need,
                  40 hours a week, and the state must sponsor you.
                - **Department of Health and Human Services (HHS).** For family medicine, general internal medicine,
                  general pediatrics, obstetrics and gynecology, or general psychiatry, finished no more than 12 months
                  before the job starts, at a health center, rural health clinic or tribal facility in a shortage area
                  with a score of 7 or higher.
                - **Department of Veterans Affairs (VA).** The VA can ask for a waiver for a doctor it employs.
                """,
                sources: SourceLines(
                    "https://ailc.com/conrad-30-waiver-program.htm | AILC, Conrad 30 federal requirements (secondary source) | 2026-12-06",
                    "https://cap.org/advocacy/latest-news-and-practice-data/foreign-medical-graduates-waiver-program-extended-to-september-30 | College of American Pathologists, extension to Sept. 30, 2024 (secondary source) | 2026-12-06",
                    "https://brunerlawgroup.com/h-r-3370-conrad-state-30-program-permanent-reauthorization/ | Bruner Law Group on the sunset (secondary source) | 2026-12-06",
                    "https://govtracklive.on-forge.com/bills/119-s709 | Bill tracker, S. 709 (secondary source) | 2026-12-06",
                    "https://app.legiplex.com/us/legislature/2025/us119/bills/hb1585/drafts-latest | H.R. 1585 text, copy (secondary source) | 2026-12-06",
                    "https://www.nbrc.gov/content/J1Visa | NBRC J-1 Visa Waiver Program | 2026-12-06",
                    "https://berardiimmigrationlaw.com/northern-border-regional-commission-launches-j-1-visa-waiver-expansion-program/ | Berardi on the NBRC launch, Dec. 5, 2023 (secondary source) | 2026-12-06",
                    "https://www.arc.gov/j-1-visa-waivers/ | ARC J-1 Visa Waivers | 2026-12-06",
                    "https://j1visawaiver.net/j-1-waivers/j-1-arc-appalachian-regional-commission-waiver/ | ARC states, New York included (secondary source) | 2026-12-06",
                    "https://hhs.gov/about/agencies/oga/about-oga/what-we-do/visitor-exchange-program/supplementary-b-clinical-care.html | HHS J-1 waiver for clinical care | 2026-12-06",
                    "https://www.michigan.gov/mdhhs/0,5885,7-339-71551_2945_47635-232343--,00.html | Michigan health department on the HHS program's facilities | 2026-12-06",
                    "https://visalaw.com/abcs-immigration-public-interest-waivers-federal-j-1-waiver-programs | Siskind Susser on federal waiver programs, VA included (secondary source) | 2026-12-06")),
        ],
    };
}
