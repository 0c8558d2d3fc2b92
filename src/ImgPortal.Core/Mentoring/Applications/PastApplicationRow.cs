using ImgPortal.Core.Mentoring.Vetting;

namespace ImgPortal.Core.Mentoring.Applications;

/// <summary>An earlier application of a mentor, as staff see it on the mentor's page.</summary>
public sealed record PastApplicationRow(DateTime AppliedAtUtc, MentorStatus Decision, string Reason, DateTime? DecidedAtUtc);
