namespace ImgPortal.Core.Mentoring.Log;

/// <summary>What a person types for a log entry.</summary>
public sealed record LogEntryDetails(DateOnly? OccurredOn, LogEntryKind? Kind, string? Note);
