using System.ComponentModel.DataAnnotations;

namespace ImgPortal.Core.SourceWatch;

/// <summary>The <c>SourceWatch</c> section of configuration: how cited sources are checked (ADR 0077). Validated at start.</summary>
public sealed class SourceWatchOptions : IValidatableObject
{
    public const string SectionName = "SourceWatch";

    /// <summary>Whether the background check runs (off in tests, which run it by hand).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often every cited source is checked.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "90.00:00:00", ErrorMessage = "SourceWatch:Interval must be between 1 minute and 90 days.")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The share of words (0 to 1) that must change for a text change to open a task; 0: any changed word.</summary>
    [Range(0.0, 0.99, ErrorMessage = "SourceWatch:ChangeThreshold must be between 0 and 0.99 (a share of the words).")]
    public double ChangeThreshold { get; set; }

    /// <summary>Failed checks in a row (404, 410, DNS, TLS, timeout) before a task opens.</summary>
    [Range(1, 20, ErrorMessage = "SourceWatch:FailuresBeforeTask must be between 1 and 20.")]
    public int FailuresBeforeTask { get; set; } = 2;

    /// <summary>The address the checker's User-Agent names, so a site's operator can reach the portal.</summary>
    public string ContactAddress { get; set; } = string.Empty;

    /// <summary>The longest response body read; a longer one is cut there.</summary>
    [Range(1024, 50 * 1024 * 1024, ErrorMessage = "SourceWatch:MaxBodyBytes must be between 1024 and 52428800.")]
    public int MaxBodyBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>One attempt's timeout; the resilience handler retries within <see cref="TotalTimeout"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:02:00", ErrorMessage = "SourceWatch:RequestTimeout must be between 100 ms and 2 minutes.")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The most time one address may take, retries included.</summary>
    [Range(typeof(TimeSpan), "00:00:00.200", "00:10:00", ErrorMessage = "SourceWatch:TotalTimeout must be between 200 ms and 10 minutes.")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(45);

    /// <summary>Retries after a failed attempt (a timeout, a 5xx, 408, 429).</summary>
    [Range(0, 5, ErrorMessage = "SourceWatch:Retries must be between 0 and 5.")]
    public int Retries { get; set; } = 2;

    /// <summary>The least time between two requests to one host (robots.txt included). Never below 1 second in production.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = "SourceWatch:PerHostDelay must be between 0 and 10 minutes.")]
    public TimeSpan PerHostDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Hosts checked at once; each host's addresses are checked one after another.</summary>
    [Range(1, 64, ErrorMessage = "SourceWatch:MaxParallelHosts must be between 1 and 64.")]
    public int MaxParallelHosts { get; set; } = 4;

    /// <summary>Sources read from the database, checked and saved together; bounds the job's memory.</summary>
    [Range(1, 1000, ErrorMessage = "SourceWatch:BatchSize must be between 1 and 1000.")]
    public int BatchSize { get; set; } = 100;

    /// <summary>The most redirects followed for one address.</summary>
    [Range(0, 10, ErrorMessage = "SourceWatch:MaxRedirects must be between 0 and 10.")]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>TESTS ONLY: lets the checker reach private, loopback and link-local addresses (the tests' local server).</summary>
    public bool AllowPrivateAddresses { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && (string.IsNullOrWhiteSpace(ContactAddress) || !ContactAddress.Contains('@', StringComparison.Ordinal)))
        {
            yield return new ValidationResult(
                "SourceWatch:ContactAddress is required while SourceWatch:Enabled is true: the e-mail address the checker's User-Agent names.",
                [nameof(ContactAddress)]);
        }

        if (TotalTimeout < RequestTimeout)
        {
            yield return new ValidationResult(
                "SourceWatch:TotalTimeout must be at least SourceWatch:RequestTimeout.", [nameof(TotalTimeout)]);
        }
    }
}
