using ImgPortal.Core.Profiles;

namespace ImgPortal.Core.Mentoring.Sharing;

/// <summary>
/// What a mentee shares of their roadmap with their mentor: the stage they stand at and their next dated steps.
/// <see cref="HasProfile"/> is false when the mentee has not filled in their profile, so there is no roadmap yet.
/// </summary>
public sealed record SharedRoadmap(bool HasProfile, RoadmapStage Stage, IReadOnlyList<SharedStep> NextSteps)
{
    public string StageInWords => RoadmapSharingRules.StageInWords(Stage);
}
