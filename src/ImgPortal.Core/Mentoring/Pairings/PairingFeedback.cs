namespace ImgPortal.Core.Mentoring.Pairings;

/// <summary>What one side thought of an ended pairing.</summary>
public class PairingFeedback
{
    public int Id { get; set; }

    public int PairingId { get; set; }

    public PairingSide Side { get; set; }

    public required string AuthorUserId { get; set; }

    /// <summary>1 (poor) to 5 (excellent).</summary>
    public int Rating { get; set; }

    public string Comment { get; set; } = string.Empty;

    public DateTime CreatedAtUtc { get; set; }
}
