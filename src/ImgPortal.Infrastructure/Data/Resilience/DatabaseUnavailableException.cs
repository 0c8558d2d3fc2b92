namespace ImgPortal.Infrastructure.Data.Resilience;

/// <summary>The database cannot be used right now (for SQLite: its file is missing); the request or job should be retried later.</summary>
public sealed class DatabaseUnavailableException(string message) : Exception(message);
