using ImgPortal.Core.Content;
using ImgPortal.Core.Profiles;
using ImgPortal.Core.Programs;

namespace ImgPortal.Core.Records;

/// <summary>The words people read for the records' stored choices, in lists, selects and public pages alike.</summary>
public static class RecordLabels
{
    public static string Of(J1Policy policy) => policy switch
    {
        J1Policy.Accepts => "Accepts J-1",
        J1Policy.DoesNot => "Does not accept J-1",
        _ => "Unknown",
    };

    public static string Of(H1bPolicy policy) => policy switch
    {
        H1bPolicy.Sponsors => "Sponsors H-1B",
        H1bPolicy.DoesNot => "Does not sponsor H-1B",
        _ => "Unknown",
    };

    public static string Of(LimitPolicy policy) => policy switch
    {
        LimitPolicy.Limit => "Has a limit",
        LimitPolicy.NoLimit => "No limit",
        _ => "Unknown",
    };

    public static string Of(ClinicalExperiencePolicy policy) => policy switch
    {
        ClinicalExperiencePolicy.Required => "Required",
        ClinicalExperiencePolicy.Preferred => "Preferred",
        ClinicalExperiencePolicy.NotRequired => "Not required",
        _ => "Unknown",
    };

    public static string Of(PathwayKind kind) => kind switch
    {
        PathwayKind.FullLicenseWithoutUsResidency => "Full license without US residency training",
        PathwayKind.LimitedOrRestrictedLicense => "Limited or restricted license",
        PathwayKind.ClinicalExperienceLicense => "Clinical experience license",
        PathwayKind.AssistanceProgram => "Assistance program",
        PathwayKind.EmergencyAuthorization => "Emergency authorization",
        PathwayKind.Other => "Other",
        _ => kind.ToString(),
    };

    public static string Of(PathwayStatus status) => status switch
    {
        PathwayStatus.BillPending => "Bill pending",
        PathwayStatus.EnactedRulesPending => "Enacted, rules pending",
        PathwayStatus.AcceptingApplications => "Accepting applications",
        PathwayStatus.Ended => "Ended or expired",
        PathwayStatus.Failed => "Failed",
        _ => status.ToString(),
    };

    public static string Of(RequirementStatus status) => status switch
    {
        RequirementStatus.Required => "Required",
        RequirementStatus.NotRequired => "Not required",
        RequirementStatus.Unknown => "Unknown",
        _ => status.ToString(),
    };

    public static string Of(SeasonDateKind kind) => kind switch
    {
        SeasonDateKind.Opens => "Opens",
        SeasonDateKind.Deadline => "Deadline",
        SeasonDateKind.Match => "Match",
        SeasonDateKind.Start => "Start",
        _ => kind.ToString(),
    };

    public static string Of(DateMilestone milestone) => milestone switch
    {
        DateMilestone.Other => "Other",
        DateMilestone.PathwaysOpens => "Pathways application opens",
        DateMilestone.PathwaysDeadline => "Pathways application deadline",
        DateMilestone.ErasOpens => "ERAS opens to applicants",
        DateMilestone.ErasApplicantsSubmit => "Applicants may submit to programs",
        DateMilestone.ErasProgramsReceive => "Programs start receiving applications",
        DateMilestone.NrmpRegistrationOpens => "NRMP registration opens",
        DateMilestone.NrmpEarlyRegistrationDeadline => "NRMP early-registration deadline",
        DateMilestone.RankOrderListDeadline => "Rank-order-list deadline",
        DateMilestone.MatchWeek => "Match Week begins",
        DateMilestone.SoapBegins => "SOAP begins",
        DateMilestone.MatchDay => "Match Day",
        DateMilestone.ResidencyStarts => "Residency starts",
        DateMilestone.State30WindowOpens => "State 30 applications open",
        DateMilestone.State30Deadline => "State 30 application deadline",
        _ => milestone.ToString(),
    };

    public static string Of(DateOrganization organization) => organization switch
    {
        DateOrganization.Ecfmg => "ECFMG (Intealth)",
        DateOrganization.Eras => "ERAS (AAMC)",
        DateOrganization.Nrmp => "NRMP",
        DateOrganization.NewYorkState30 => "New York State 30 (NYSDOH)",
        DateOrganization.Programs => "Residency programs",
        DateOrganization.Other => "Other",
        _ => organization.ToString(),
    };

    public static string Of(RoadmapStage stage) => stage switch
    {
        RoadmapStage.Exams => "Exams",
        RoadmapStage.Certification => "Certification",
        RoadmapStage.Application => "Application",
        RoadmapStage.Match => "Match",
        RoadmapStage.Residency => "Residency",
        RoadmapStage.Complete => "Complete",
        _ => stage.ToString(),
    };
}
