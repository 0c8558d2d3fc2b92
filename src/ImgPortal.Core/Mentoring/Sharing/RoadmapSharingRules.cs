using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Profiles;

namespace ImgPortal.Core.Mentoring.Sharing;

/// <summary>
/// Who sees a mentee's roadmap stage and next dated steps: only the mentor of a proposed or active pairing, and only
/// when the mentee consented. Nobody else: not staff, not another mentor, not after the pairing ends. Pure.
/// </summary>
public static class RoadmapSharingRules
{
    /// <summary>How many of the mentee's next dated steps the mentor sees.</summary>
    public const int NextStepCount = 3;

    public static bool IsOpen(PairingState state) => state is PairingState.Proposed or PairingState.Accepted;

    /// <summary>The consent gate: true only for the pairing's own mentor, while the pairing is open, with the mentee's consent.</summary>
    public static bool MayShow(PairingSide viewer, PairingState state, bool menteeConsents) =>
        viewer == PairingSide.Mentor && menteeConsents && IsOpen(state);

    /// <summary>What the mentor sees of <paramref name="roadmap"/>: its stage and the next dated steps still ahead, soonest first.</summary>
    public static SharedRoadmap From(Roadmap roadmap) => new(
        roadmap.HasProfile,
        roadmap.Stage,
        roadmap.OwnDeadlines
            .Where(d => d.IsOwnDeadline(roadmap.Today))
            .OrderBy(d => d.DueBy)
            .Take(NextStepCount)
            .Select(d => new SharedStep(d.Title, d.DueBy!.Value))
            .ToList());

    public static string StageInWords(RoadmapStage stage) => stage switch
    {
        RoadmapStage.Exams => "taking the USMLE exams",
        RoadmapStage.Certification => "getting ECFMG certification",
        RoadmapStage.Application => "applying to residency programs",
        RoadmapStage.Match => "in the Match",
        RoadmapStage.Residency => "starting residency",
        _ => "done with the roadmap",
    };
}
