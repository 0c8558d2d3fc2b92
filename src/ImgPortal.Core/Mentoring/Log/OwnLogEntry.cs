namespace ImgPortal.Core.Mentoring.Log;

/// <summary>A log entry its author is about to change.</summary>
public sealed record OwnLogEntry(int Id, int PairingId, LogEntryDetails Details);
