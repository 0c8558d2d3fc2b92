namespace ImgPortal.Core.Mentoring.Pairings;

/// <summary>Which side of a pairing wrote a piece of feedback, or ended it.</summary>
public enum PairingSide
{
    Mentor,
    Member,
    Staff,
}
