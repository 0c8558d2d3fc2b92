using System.ComponentModel.DataAnnotations;

namespace ImgPortal.Core.Programs.Confirmations;

/// <summary>
/// The <c>ProgramConfirmations</c> section: how long a coordinator's e-mail address is kept once its request is
/// finished, and the job that clears it (ADR 0091).
/// </summary>
public sealed class ProgramConfirmationOptions
{
    public const string SectionName = "ProgramConfirmations";

    /// <summary>
    /// Days a coordinator's address is kept after the request is finished: the link expired or was replaced, the
    /// coordinator confirmed, or staff accepted or rejected the proposal. A proposal waiting for review keeps it.
    /// </summary>
    [Range(1, 3650, ErrorMessage = "ProgramConfirmations:EmailRetentionDays must be a number of days from 1 to 3650.")]
    public int EmailRetentionDays { get; set; } = 90;

    /// <summary>Whether the job that clears old addresses runs on this instance.</summary>
    public bool RetentionEnabled { get; set; } = true;

    /// <summary>How often the job looks for addresses past their time.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "ProgramConfirmations:RetentionInterval must be from 1 second to 1 day.")]
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(6);
}
