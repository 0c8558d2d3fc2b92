using ImgPortal.Core.Mentoring.Pairings;

namespace ImgPortal.Core.Mentoring.CheckIns;

/// <summary>What one one-click answer link carries, signed: which pairing, which side, which check-in and which answer.</summary>
public sealed record CheckInToken(int PairingId, PairingSide Side, CheckInMilestone Milestone, CheckInAnswer Answer);
