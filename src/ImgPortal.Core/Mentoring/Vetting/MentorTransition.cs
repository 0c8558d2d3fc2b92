namespace ImgPortal.Core.Mentoring.Vetting;

/// <summary>A status staff may move a mentor to: what the button says and whether a reason must be given.</summary>
public sealed record MentorTransition(MentorStatus To, string Label, bool NeedsReason);
