using ImgPortal.Core.Mentoring.Pairings;

namespace ImgPortal.Core.Mentoring.Log;

/// <summary>A log entry as the pairing page lists it; <see cref="IsMine"/> when the viewer wrote it.</summary>
public sealed record LogEntryRow(int Id, DateOnly OccurredOn, LogEntryKind Kind, string Note, PairingSide Side, bool IsMine, DateTime? DoneAtUtc)
{
    public bool IsDone => DoneAtUtc is not null;
}
