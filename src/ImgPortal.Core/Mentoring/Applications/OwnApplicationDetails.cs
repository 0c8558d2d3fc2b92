namespace ImgPortal.Core.Mentoring.Applications;

/// <summary>A volunteer's own application with everything they filled in, and the version their edit must match.</summary>
public sealed record OwnApplicationDetails(OwnApplication Application, MentorDetails Details, Guid Version)
{
    /// <summary>Only a pending application can be changed by the volunteer: once staff decide, staff edit the roster entry.</summary>
    public bool MayEdit => Application.Status == Vetting.MentorStatus.Pending;
}
