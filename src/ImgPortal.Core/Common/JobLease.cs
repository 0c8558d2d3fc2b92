namespace ImgPortal.Core.Common;

/// <summary>
/// Who runs a background job for now: with several portal instances over one database, each instance takes the
/// job's lease before each run and runs only if it got it, so scheduled publishing, reminders and the e-mail
/// outbox run once however many instances there are (ADR 0044).
/// </summary>
public class JobLease
{
    public const int NameMaxLength = 100;

    public const int HolderMaxLength = 200;

    /// <summary>The job's name (the key).</summary>
    public required string Name { get; set; }

    /// <summary>The instance holding it (<see cref="IJobLeases.Holder"/>).</summary>
    public required string Holder { get; set; }

    /// <summary>When another instance may take it over.</summary>
    public DateTime ExpiresAtUtc { get; set; }
}
