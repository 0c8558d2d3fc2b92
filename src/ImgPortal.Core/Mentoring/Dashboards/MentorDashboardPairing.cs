using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Mentoring.Requests;

namespace ImgPortal.Core.Mentoring.Dashboards;

/// <summary>A pairing on a mentor's dashboard: the mentee's request and, once active, their e-mail.</summary>
public sealed record MentorDashboardPairing(PairingView Pairing, MenteeRequestDetails Request, string? MenteeEmail, bool FeedbackGiven);
