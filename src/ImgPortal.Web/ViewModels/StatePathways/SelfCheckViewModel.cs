using ImgPortal.Core.Common;
using ImgPortal.Core.Pathways.SelfCheck;

namespace ImgPortal.Web.ViewModels.StatePathways;

/// <summary>The self-check page: the form (pre-filled from a member's profile) and, after a check, the results.</summary>
public sealed record SelfCheckViewModel(SelfCheckInputModel Input, bool FromProfile, IReadOnlyList<PathwayCheckResult>? Results)
{
    public IReadOnlyList<UsState> AllStates => UsStates.All;

    public static string Label(Answer answer) => answer switch
    {
        Answer.Yes => "Yes",
        Answer.No => "No",
        _ => "Not sure",
    };

    public static string Label(ImmigrationAnswer answer) => answer switch
    {
        ImmigrationAnswer.CitizenOrPermanentResident => "US citizen or permanent resident",
        ImmigrationAnswer.WorkAuthorized => "Another status that lets me work in the US",
        ImmigrationAnswer.NeedsSponsorship => "I would need a visa sponsored by an employer",
        _ => "Not sure",
    };

    public static string Label(PathwayVerdict verdict) => verdict switch
    {
        PathwayVerdict.Likely => "Likely",
        PathwayVerdict.NotYet => "Not yet",
        _ => "Unknown",
    };

    public static string Label(RequirementCheck check) => check switch
    {
        RequirementCheck.Met => "Met",
        RequirementCheck.Missing => "Missing",
        RequirementCheck.Condition => "Condition of the license",
        _ => "Unknown",
    };
}
