using ImgPortal.Core.Mentoring.CheckIns;

namespace ImgPortal.Core.Mentoring.Pairings;

/// <summary>One check-in answer, as staff see it on the pairing page.</summary>
public sealed record CheckInRow(PairingSide Side, CheckInMilestone Milestone, CheckInAnswer Answer, DateTime AnsweredAtUtc);
