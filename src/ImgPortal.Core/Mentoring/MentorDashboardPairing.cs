namespace ImgPortal.Core.Mentoring;

/// <summary>A pairing on a mentor's dashboard: the mentee's request and, once active, their e-mail.</summary>
public sealed record MentorDashboardPairing(PairingView Pairing, MenteeRequestDetails Request, string? MenteeEmail, bool FeedbackGiven);
