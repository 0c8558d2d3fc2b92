namespace ImgPortal.Core.Mentoring.Pairings;

/// <summary>What one side thought of a pairing: while it runs (any time, or from a check-in) or once it ended.</summary>
public class PairingFeedback
{
    public int Id { get; set; }

    public int PairingId { get; set; }

    public PairingSide Side { get; set; }

    /// <summary>When it was given (<see cref="FeedbackRules.OccasionFor"/>): during the pairing, at a check-in, or after the close.</summary>
    public FeedbackOccasion Occasion { get; set; }

    public required string AuthorUserId { get; set; }

    /// <summary>1 (poor) to 5 (excellent).</summary>
    public int Rating { get; set; }

    public string Comment { get; set; } = string.Empty;

    public DateTime CreatedAtUtc { get; set; }
}
