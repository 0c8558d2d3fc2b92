namespace ImgPortal.Core.Mentoring.CheckIns;

/// <summary>What the thank-you page after a one-click answer shows.</summary>
public sealed record CheckInThanks(int PairingId, CheckInMilestone Milestone, CheckInAnswer Answer);
