namespace ImgPortal.Core.Mentoring.Agreements;

/// <summary>An agreement as the pairing page shows it, with who proposed and confirmed it and when.</summary>
public sealed record AgreementView(
    string Goals, MeetingFrequency Frequency, int Months, DateOnly PlannedEndOn,
    string ProposedBy, DateTime ProposedAtUtc, string? ConfirmedBy, DateTime? ConfirmedAtUtc)
{
    public bool IsConfirmed => ConfirmedAtUtc is not null;
}
