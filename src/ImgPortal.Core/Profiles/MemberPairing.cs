namespace ImgPortal.Core.Profiles;

/// <summary>A member's current pairing: the mentor's name, whether the mentor accepted (else it is proposed), and since when.</summary>
public sealed record MemberPairing(string MentorName, bool Accepted, DateTime SinceUtc);
