namespace ImgPortal.Core.Mentoring.Vetting;

/// <summary>Where a mentor stands with the program. Only <see cref="Approved"/> mentors are public or paired.</summary>
public enum MentorStatus
{
    Pending,
    Approved,
    Declined,
    Paused,
    Retired,
}
