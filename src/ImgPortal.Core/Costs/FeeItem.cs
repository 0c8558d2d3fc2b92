namespace ImgPortal.Core.Costs;

/// <summary>What a fee pays for: the cost planner finds each line's fee by this key.</summary>
public enum FeeItem
{
    UsmleStep1,
    UsmleStep2Ck,
    UsmleStep3,
    InternationalTestSurcharge,
    EcfmgApplication,
    EcfmgPathway,
    OetMedicine,
    ErasToken,
    ErasApplications,
    ErasUsmleTranscript,
    NrmpRegistration,
    NrmpExtraRanks,
    ClinicalExperienceMonth,
    FcvsFirstApplication,
    FcvsPerBoard,
    J1VisaApplication,
    J1SevisFee,
    WaiverDs3035,
    NewYorkLicense,
    Other,
}
