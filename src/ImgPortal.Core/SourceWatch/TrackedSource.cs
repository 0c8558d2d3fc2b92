namespace ImgPortal.Core.SourceWatch;

/// <summary>
/// One address cited anywhere in the portal's guidance (normalized by <see cref="SourceUrls.Normalize"/>), with what
/// the last check found. Kept in step with the content by <see cref="SourceCatalog"/>; checked by the source watch job.
/// </summary>
public class TrackedSource
{
    public const int UrlMaxLength = 500;

    public const int HostMaxLength = 255;

    public const int ValidatorMaxLength = 200;

    public int Id { get; set; }

    /// <summary>The normalized address; unique.</summary>
    public required string Url { get; set; }

    /// <summary>The address's host, lowercase: requests are spaced per host.</summary>
    public required string Host { get; set; }

    /// <summary>False once nothing cites it any more (kept, with its history, and no longer checked).</summary>
    public bool Cited { get; set; } = true;

    public DateTime FirstSeenAtUtc { get; set; }

    public DateTime? LastCheckedAtUtc { get; set; }

    public SourceStatus Status { get; set; } = SourceStatus.NotCheckedYet;

    /// <summary>The HTTP status of the last answer (after redirects); null when none came.</summary>
    public int? LastHttpStatus { get; set; }

    /// <summary>Failed checks in a row (404, 410, DNS, TLS, timeout, refused); 0 after a good one.</summary>
    public int ConsecutiveFailures { get; set; }

    /// <summary>Where a permanent redirect last sent the checker, if one did.</summary>
    public string? MovedTo { get; set; }

    public string? ETag { get; set; }

    public string? LastModified { get; set; }

    /// <summary>The normalized main text of the last good answer (<see cref="SourceText"/>); what the next check is compared with.</summary>
    public string? Text { get; set; }

    /// <summary>SHA-256 of <see cref="Text"/>, hex.</summary>
    public string? TextHash { get; set; }

    public List<SourceCitation> Citations { get; set; } = [];
}
