namespace ImgPortal.Core.Mentoring;

/// <summary>A mentor's own application, as they see it.</summary>
public sealed record OwnApplication(int Id, string DisplayName, MentorStatus Status, string StatusReason, DateTime AppliedAtUtc)
{
    /// <summary>Declined or retired: the volunteer form is open to them again.</summary>
    public bool MayApplyAgain => MentorStatusRules.MayApply(Status);
}
