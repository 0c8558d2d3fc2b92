namespace ImgPortal.Core.SourceWatch;

/// <summary>One check of a <see cref="TrackedSource"/>: the source's history page lists them, newest first.</summary>
public class SourceCheck
{
    public const int DetailMaxLength = 500;

    public long Id { get; set; }

    public int TrackedSourceId { get; set; }

    public DateTime CheckedAtUtc { get; set; }

    public SourceStatus Status { get; set; }

    public int? HttpStatus { get; set; }

    public int DurationMs { get; set; }

    /// <summary>The text's hash after this check (null when no text came).</summary>
    public string? TextHash { get; set; }

    /// <summary>In words: "unchanged", "3% of the words changed", "moved permanently to …", "timed out", ….</summary>
    public string Detail { get; set; } = string.Empty;
}
