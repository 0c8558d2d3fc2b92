namespace ImgPortal.Core.Mentoring.Agreements;

/// <summary>What the mentor fills in to propose an agreement.</summary>
public sealed record AgreementDetails(string? Goals, MeetingFrequency? Frequency, int? Months, bool AcceptsCodeOfConduct);
