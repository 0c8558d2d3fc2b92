namespace ImgPortal.Core.Mentoring.Pairings;

/// <summary>The feedback form for one side of a pairing: the pairing, who is writing, and what the feedback counts as.</summary>
public sealed record FeedbackForm(PairingView Pairing, PairingSide Side, FeedbackOccasion Occasion);
