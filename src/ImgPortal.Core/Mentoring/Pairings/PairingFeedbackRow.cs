namespace ImgPortal.Core.Mentoring.Pairings;

/// <summary>One piece of feedback on a pairing, for staff: which side gave it, when, the rating and comment.</summary>
public sealed record PairingFeedbackRow(PairingSide Side, FeedbackOccasion Occasion, int Rating, string Comment, DateTime CreatedAtUtc);
