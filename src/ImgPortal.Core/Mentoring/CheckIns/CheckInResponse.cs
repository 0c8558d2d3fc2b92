using ImgPortal.Core.Mentoring.Pairings;

namespace ImgPortal.Core.Mentoring.CheckIns;

/// <summary>One side's answer to one check-in; a later click on another answer of the same e-mail replaces it.</summary>
public class CheckInResponse
{
    public int Id { get; set; }

    public int PairingId { get; set; }

    public PairingSide Side { get; set; }

    public CheckInMilestone Milestone { get; set; }

    public CheckInAnswer Answer { get; set; }

    public DateTime AnsweredAtUtc { get; set; }
}
