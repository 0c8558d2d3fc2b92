using ImgPortal.Core.Content;
using ImgPortal.Core.Profiles;

namespace ImgPortal.Core.Records;

/// <summary>The words people read for the records' stored choices, in lists, selects and public pages alike.</summary>
public static class RecordLabels
{
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
