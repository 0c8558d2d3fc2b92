namespace ImgPortal.Core.Costs;

/// <summary>The words people read for the cost planner's enums.</summary>
public static class FeeLabels
{
    public static string Of(FeeItem item) => item switch
    {
        FeeItem.UsmleStep1 => "USMLE Step 1",
        FeeItem.UsmleStep2Ck => "USMLE Step 2 CK",
        FeeItem.UsmleStep3 => "USMLE Step 3",
        FeeItem.InternationalTestSurcharge => "International test delivery surcharge (Step 1 or Step 2 CK outside the US and Canada)",
        FeeItem.EcfmgApplication => "Application for ECFMG Certification",
        FeeItem.EcfmgPathway => "ECFMG Pathway application",
        FeeItem.OetMedicine => "OET Medicine",
        FeeItem.ErasToken => "ERAS token from ECFMG (to register in MyERAS)",
        FeeItem.ErasApplications => "ERAS applications",
        FeeItem.ErasUsmleTranscript => "USMLE transcript sent through ERAS",
        FeeItem.NrmpRegistration => "NRMP Main Residency Match registration",
        FeeItem.NrmpExtraRanks => "NRMP extra ranks",
        FeeItem.ClinicalExperienceMonth => "US clinical experience (a month)",
        FeeItem.FcvsFirstApplication => "FCVS first application",
        FeeItem.FcvsPerBoard => "FCVS: sending to each board",
        FeeItem.J1VisaApplication => "J-1 visa application (MRV) fee",
        FeeItem.J1SevisFee => "SEVIS I-901 fee for J-1",
        FeeItem.WaiverDs3035 => "J-1 waiver application (DS-3035)",
        FeeItem.NewYorkLicense => "New York physician license application and first registration",
        FeeItem.Other => "Other",
        _ => item.ToString(),
    };

    public static string Of(FeeScaling scaling) => scaling switch
    {
        FeeScaling.Once => "Once",
        FeeScaling.PerAttempt => "Per Step or attempt",
        FeeScaling.PerProgram => "Per program, in price bands per specialty",
        FeeScaling.PerMonth => "Per month",
        FeeScaling.PerBoard => "Per board or state",
        FeeScaling.PerExtraRank => "Per extra rank",
        _ => scaling.ToString(),
    };

    public static string Of(PlanStatus status) => status switch
    {
        PlanStatus.NotInPlan => "Not in my plan",
        PlanStatus.Ahead => "Ahead (to pay)",
        PlanStatus.Done => "Done (paid)",
        _ => status.ToString(),
    };
}
