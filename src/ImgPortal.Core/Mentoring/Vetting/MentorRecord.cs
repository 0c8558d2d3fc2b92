using ImgPortal.Core.Mentoring.Applications;

namespace ImgPortal.Core.Mentoring.Vetting;

/// <summary>Everything staff see of one mentor.</summary>
public sealed record MentorRecord(
    int Id, string UserId, string? Email, MentorDetails Details, MentorStatus Status, string StatusReason,
    DateTime AppliedAtUtc, DateTime? ReviewedAtUtc, int PlacesHeld, Guid Version, IReadOnlyList<VettingStep> Vetting,
    IReadOnlyList<PastApplicationRow> PastApplications)
{
    /// <summary>The moves staff may make now, each saying whether it needs a reason.</summary>
    public IReadOnlyList<MentorTransition> Transitions => MentorStatusRules.TransitionsFrom(Status);

    /// <summary>Every checklist item ticked and no license re-check due.</summary>
    public bool VettingComplete => VettingRules.IsComplete(Vetting);
}
