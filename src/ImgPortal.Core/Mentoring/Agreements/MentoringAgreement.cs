namespace ImgPortal.Core.Mentoring.Agreements;

/// <summary>
/// What a mentor and mentee agree at the start of an accepted pairing: goals, how often they meet, for how long,
/// and the code of conduct. The mentor proposes it (on accepting, or later); the mentee confirms it. One per pairing.
/// </summary>
public class MentoringAgreement
{
    public int Id { get; set; }

    public int PairingId { get; set; }

    public string Goals { get; set; } = string.Empty;

    public MeetingFrequency Frequency { get; set; }

    /// <summary>How many months the pairing is planned to last, from its acceptance.</summary>
    public int Months { get; set; }

    /// <summary>The day the pairing is planned to end: acceptance plus <see cref="Months"/>.</summary>
    public DateOnly PlannedEndOn { get; set; }

    public required string ProposedByUserId { get; set; }

    public DateTime ProposedAtUtc { get; set; }

    public string? ConfirmedByUserId { get; set; }

    public DateTime? ConfirmedAtUtc { get; set; }

    public bool IsConfirmed => ConfirmedAtUtc is not null;
}
