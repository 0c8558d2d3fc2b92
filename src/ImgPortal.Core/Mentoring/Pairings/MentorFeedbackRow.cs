namespace ImgPortal.Core.Mentoring.Pairings;

/// <summary>One piece of feedback on a mentor's pairing, for staff: who wrote it (which side), the rating and comment.</summary>
public sealed record MentorFeedbackRow(
    int PairingId, string MenteeName, PairingSide Side, int Rating, string Comment, DateTime CreatedAtUtc,
    FeedbackOccasion Occasion = FeedbackOccasion.AfterClose);
