using System.Globalization;
using ImgPortal.Core.Costs;

namespace ImgPortal.Infrastructure.Data.Seed;

/// <summary>
/// The fees the cost planner starts with (docs/sources/fees.md). An amount is given only where the charging
/// organization's own page (or, labeled, a copy of it) confirms it for a recent cycle or year; every other fee is
/// seeded unknown, with a note saying what is not known, so the planner never counts it as 0.
/// </summary>
public static class FeeSeed
{
    public static readonly DateOnly CheckedOn = new(2026, 12, 7);

    private const string Checked = "2026-12-07";

    private const string EcfmgFees2022 = "https://www.ecfmg.org/news/category/general/ | ECFMG: fee increases for 2022 | " + Checked;

    private const string EcfmgFees2025 = "https://www.ecfmg.org/myintealth/faqs.html | ECFMG: MyIntealth questions, fees in 2025 | " + Checked;

    private const string StepFeeNote =
        "The current fee was not found on ECFMG's or the USMLE program's pages. ECFMG set it at $985 from January 2022 and said in 2025 that its exam fee "
        + "would follow the USMLE program's fee, without giving the amount. Blog pages that give $1,000 are not dated or sourced, so that figure is not used.";

    private const string AamcEras2026 = "https://students-residents.aamc.org/applying-residencies-eras/publication-chapters/fees-2025-eras-season | AAMC: fees for the 2026 ERAS season | " + Checked;

    private const string NrmpFees = "http://www.nrmp.org/match-process/match-fees/ | NRMP: Match fees (2016-2017 page) | " + Checked;

    private const string EcfmgJ1Fees = "https://ecfmg.org/evsp/applying-fees.html | ECFMG: fees for J-1 sponsorship, with the US government fees (page not dated) | " + Checked;

    private const string FcvsFees = "https://www.fsmb.org/fcvs/cost-and-fees/ | FSMB: FCVS cost and fees | " + Checked;

    /// <summary>How the seeder finds a seeded fee in the database (ADR 0098): its item, cycle or year, and band start.</summary>
    public static string KeyOf(Fee fee) =>
        $"{fee.Item} {fee.AppliesTo.ToString(CultureInfo.InvariantCulture)} from {fee.TierFrom.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A seeded fee whose key is missing is added only when no fee of its item and cycle is left (ADR 0098).</summary>
    public static string GroupOf(Fee fee) => $"{fee.Item} {fee.AppliesTo.ToString(CultureInfo.InvariantCulture)}";

    public static IReadOnlyList<Fee> Fees() =>
    [
        Unknown(
            FeeItem.UsmleStep1, "USMLE Step 1 exam registration (through ECFMG)", "ECFMG", FeeScaling.PerAttempt, 2027,
            StepFeeNote,
            EcfmgFees2022 + "\n" + EcfmgFees2025),
        Unknown(
            FeeItem.UsmleStep2Ck, "USMLE Step 2 CK exam registration (through ECFMG)", "ECFMG", FeeScaling.PerAttempt, 2027,
            StepFeeNote,
            EcfmgFees2022 + "\n" + EcfmgFees2025),
        Unknown(
            FeeItem.InternationalTestSurcharge, "International test delivery surcharge for Step 1 or Step 2 CK", "ECFMG, for Prometric", FeeScaling.PerAttempt, 2027,
            "Charged when the exam is taken outside the United States and Canada; it differs by testing region. The current amounts were not found on ECFMG's pages.",
            "https://www.ecfmg.org/news/2021/02/16/announcement-regarding-fee-for-requests-to-change-testing-regions-for-usmle-step-1-and-step-2-ck/ | ECFMG: testing-region change fee and international surcharges | " + Checked),
        Known(
            FeeItem.UsmleStep3, "USMLE Step 3 application", "FSMB", FeeScaling.PerAttempt, 2025, 935m, 935m,
            "For eligibility periods ending in 2025, as a copy of FSMB's page gives it (a secondary source). The fee for periods ending in 2026 and later was not found.",
            "https://miraitalk.com/article/fsmb-step-3-faq/926 | FSMB: Step 3 FAQ, 2024 and 2025 fees (secondary source, a copy of FSMB's page) | " + Checked
            + "\nhttps://www.fsmb.org/licensure/usmle-step-3/faq | FSMB: USMLE Step 3 FAQ | " + Checked),
        Unknown(
            FeeItem.EcfmgApplication, "Application for ECFMG Certification", "ECFMG", FeeScaling.Once, 2027,
            "Paid once, before applying for Step 1 or Step 2 CK. ECFMG set it at $160 from January 2022. In 2025 ECFMG said it was regrouping its certification fees "
            + "and changing when each is charged, with the total unchanged, so this fee may now be billed differently. The current amount was not found.",
            EcfmgFees2022 + "\n" + EcfmgFees2025),
        Unknown(
            FeeItem.EcfmgPathway, "Application to an ECFMG Pathway", "ECFMG", FeeScaling.Once, 2027,
            "The fee for the 2027 Match Pathways was not found on ECFMG's pages.",
            "https://www.ecfmg.org/certification-pathways/pathway-2.html | ECFMG: Pathway 2 | " + Checked),
        new()
        {
            Item = FeeItem.OetMedicine,
            Purpose = "OET Medicine test (for ECFMG)",
            ChargedBy = "OET (Cambridge Boxhill Language Assessment)",
            Scaling = FeeScaling.PerAttempt,
            AppliesTo = 2026,
            AmountLow = 587m,
            AmountHigh = 587m,
            Currency = "AUD",
            Notes = "From secondary sources only: OET's own fee page was not found in the sources checked. They give AU$587 for the whole test, "
                + "and US$455 only for OET on computer taken in the USA. Confirm the price when you book with OET.",
            Sources = "https://www.shiksha.com/studyabroad/oet-exam-fees-articlepage-79055 | Shiksha: OET exam fees, 2024 (secondary source) | " + Checked
                + "\nhttps://www.oeteduorg.com/oet-exam-fees/oet-exam-fees-made-easy-everything-you-need-to-know/ | OET exam fees made easy, July 2023 (secondary source) | " + Checked
                + "\nhttps://www.ecfmg.org/certification-requirements-2021-match/oet.html | ECFMG: English language proficiency (OET Medicine) | " + Checked,
            CheckedOn = CheckedOn,
        },
        Unknown(
            FeeItem.ErasToken, "ERAS token from ECFMG, needed to register in MyERAS", "ECFMG (ERAS Support Services)", FeeScaling.Once, 2027,
            "Bought once a season before applying through ERAS. ECFMG charged $165 for the ERAS 2024 token; the fee for later seasons was not found on ECFMG's pages.",
            "https://ecfmg.org/eras/ | ECFMG: ERAS Support Services, residency token (ERAS 2024 season) | " + Checked),
        Known(
            FeeItem.ErasApplications, "ERAS residency applications: programs 1 to 30 in a specialty", "AAMC (ERAS)", FeeScaling.PerProgram, 2026, 11m, 11m,
            "Per specialty: the count starts again with each specialty. The fees for the 2027 ERAS season were not found; these are the 2026 season's.",
            AamcEras2026, tierFrom: 1, tierTo: 30),
        Known(
            FeeItem.ErasApplications, "ERAS residency applications: programs 31 and up in a specialty", "AAMC (ERAS)", FeeScaling.PerProgram, 2026, 30m, 30m,
            "Per specialty: the count starts again with each specialty. The fees for the 2027 ERAS season were not found; these are the 2026 season's.",
            AamcEras2026, tierFrom: 31),
        Unknown(
            FeeItem.ErasUsmleTranscript, "USMLE transcript sent to programs through ERAS", "NBME, collected by ERAS", FeeScaling.Once, 2026,
            "Charged once a season. The AAMC's 2024 season page listed $80; the amount for later seasons was not found.",
            "https://students-residents.aamc.org/applying-residencies-eras/fees-eras-residency-applications | AAMC: fees for ERAS residency applications (2024 season) | " + Checked),
        Unknown(
            FeeItem.NrmpRegistration, "NRMP Main Residency Match registration", "NRMP", FeeScaling.Once, 2027,
            "The current fee was not found on the NRMP's pages (its 2016-2017 page listed $75; registering after the standard deadline costs more).",
            NrmpFees),
        Unknown(
            FeeItem.NrmpExtraRanks, "NRMP: each program ranked beyond the 20 the registration includes", "NRMP", FeeScaling.PerExtraRank, 2027,
            "Registration includes 20 programs on the primary list; each further one is charged. The current amount was not found (the 2016-2017 page listed $30).",
            NrmpFees, tierFrom: 21),
        Unknown(
            FeeItem.ClinicalExperienceMonth, "US clinical experience (observership or elective), a month", "Hospitals, schools and placement services", FeeScaling.PerMonth, 2027,
            "Prices differ from program to program; no single source gives them, so the planner cannot price these months.",
            "https://www.ecfmg.org/certification-pathways/pathway-2.html | ECFMG: Pathways (clinical experience is not an ECFMG fee) | " + Checked),
        Known(
            FeeItem.FcvsFirstApplication, "FCVS first application (physician)", "FSMB (FCVS)", FeeScaling.Once, 2026, 395m, 470m,
            "$395 base fee; the high end adds ECFMG's one-time $75 verification of an international graduate's education. Other surcharges may apply.",
            FcvsFees),
        Known(
            FeeItem.FcvsPerBoard, "ECFMG status report sent with the FCVS profile, each board", "ECFMG, through FCVS", FeeScaling.PerBoard, 2026, 66m, 66m,
            "FSMB lists $66 for each ECFMG status report sent to a board. FCVS's own fee for sending the profile to further boards was not found.",
            FcvsFees),
        Known(
            FeeItem.J1VisaApplication, "J-1 visa application (MRV) fee", "US Department of State", FeeScaling.Once, 2026, 185m, 185m,
            "As listed on ECFMG's J-1 sponsorship fee page (not dated), which names it among the fees every ECFMG J-1 physician pays. "
            + "Some consulates add an issuance (reciprocity) fee by country. A $250 visa integrity fee was enacted in 2025 (secondary sources); whether it is collected now was not confirmed, so it is not counted.",
            EcfmgJ1Fees),
        Known(
            FeeItem.J1SevisFee, "SEVIS I-901 fee for an exchange visitor", "US Department of Homeland Security (SEVP)", FeeScaling.Once, 2026, 220m, 220m,
            "ECFMG lists the SEVIS fee as required in every case for its J-1 physicians, so it applies to ECFMG sponsorship too. ECFMG's page is not dated; DHS's own fee page was not found in the sources checked.",
            EcfmgJ1Fees),
        Known(
            FeeItem.WaiverDs3035, "J-1 waiver recommendation application (DS-3035) processing fee", "US Department of State", FeeScaling.Once, 2026, 120m, 120m,
            "Non-refundable; paid by check or money order from a US bank. No extra fee for J-2 family members.",
            "https://travel.state.gov/content/travel/en/us-visas/study/exchange/waiver-of-the-exchange-visitor/fee.html | Department of State: DS-3035 processing fee | " + Checked),
        Known(
            FeeItem.NewYorkLicense, "New York physician license: application and first three-year registration", "New York State Education Department (Office of the Professions)", FeeScaling.Once, 2026, 735m, 735m,
            "Paid with the online license application (Form 1): $135 for the application and $600 for the first three-year registration. Not refundable.",
            "https://eservices.nysed.gov/professions/before/060 | NYSED Office of the Professions: physician license application, fee | " + Checked
            + "\nhttps://op-prod.nysed.gov/professions/physicians/license-application-forms | NYSED Office of the Professions: physician license application forms | " + Checked),
    ];

    private static Fee Known(
        FeeItem item, string purpose, string chargedBy, FeeScaling scaling, int appliesTo, decimal low, decimal high, string notes, string sources,
        int tierFrom = 1, int? tierTo = null) =>
        new()
        {
            Item = item,
            Purpose = purpose,
            ChargedBy = chargedBy,
            Scaling = scaling,
            AppliesTo = appliesTo,
            AmountLow = low,
            AmountHigh = high,
            Notes = notes,
            Sources = sources,
            CheckedOn = CheckedOn,
            TierFrom = tierFrom,
            TierTo = tierTo,
        };

    private static Fee Unknown(FeeItem item, string purpose, string chargedBy, FeeScaling scaling, int appliesTo, string notes, string sources, int tierFrom = 1) =>
        new()
        {
            Item = item,
            Purpose = purpose,
            ChargedBy = chargedBy,
            Scaling = scaling,
            AppliesTo = appliesTo,
            Notes = notes,
            Sources = sources,
            CheckedOn = CheckedOn,
            TierFrom = tierFrom,
        };
}
