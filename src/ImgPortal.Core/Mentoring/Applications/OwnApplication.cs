using ImgPortal.Core.Mentoring.Vetting;

namespace ImgPortal.Core.Mentoring.Applications;

/// <summary>A mentor's own application, as they see it, with their capacity and the places their proposed and active pairings hold.</summary>
public sealed record OwnApplication(
    int Id, string DisplayName, MentorStatus Status, string StatusReason, DateTime AppliedAtUtc, int Capacity, int PlacesHeld)
{
    /// <summary>Declined or retired: the volunteer form is open to them again.</summary>
    public bool MayApplyAgain => MentorStatusRules.MayApply(Status);
}
