using ImgPortal.Core.Content;
using ImgPortal.Core.Profiles;

namespace ImgPortal.Core.Records;

/// <summary>The words people read for the records' stored choices, in lists, selects and public pages alike.</summary>
public static class RecordLabels
{
    public static string Of(PathwayKind kind) => kind switch
    {
        PathwayKind.TemporaryLicense => "Temporary license",
        PathwayKind.SupervisedPractice => "Supervised practice",
        PathwayKind.AssistanceProgram => "Assistance program",
        PathwayKind.ProposedAction => "Proposed action",
        _ => kind.ToString(),
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
