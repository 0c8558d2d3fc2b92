using ImgPortal.Core.Mentoring.Pairings;

namespace ImgPortal.Core.Mentoring.Log;

/// <summary>
/// One line of a pairing's shared log: a meeting held or a goal set. Both people in the pairing (and staff)
/// read the log; only its author changes or deletes an entry; either side may mark a goal done.
/// </summary>
public class PairingLogEntry
{
    public int Id { get; set; }

    public int PairingId { get; set; }

    public required string AuthorUserId { get; set; }

    public PairingSide Side { get; set; }

    public DateOnly OccurredOn { get; set; }

    public LogEntryKind Kind { get; set; }

    public string Note { get; set; } = string.Empty;

    /// <summary>For goals: when it was marked done (null while open; always null for meetings).</summary>
    public DateTime? DoneAtUtc { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
