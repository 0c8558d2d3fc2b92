using ImgPortal.Core.Content;
using ImgPortal.Core.Profiles;

namespace ImgPortal.Web.ViewModels.Staff;

/// <summary>Words for the structured records' choices, as staff see them in lists and selects.</summary>
public static class RecordLabels
{
    public static string Of(PathwayKind kind) => kind switch
    {
        PathwayKind.TemporaryLicense => "Temporary license",
        PathwayKind.SupervisedPractice => "Practice without a license, under conditions",
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
}
