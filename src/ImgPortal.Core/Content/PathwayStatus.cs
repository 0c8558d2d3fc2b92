namespace ImgPortal.Core.Content;

/// <summary>
/// Where a state pathway stands. <see cref="BillPending"/>, <see cref="EnactedRulesPending"/> and
/// <see cref="AcceptingApplications"/> are current; <see cref="Ended"/> and <see cref="Failed"/> are history.
/// </summary>
public enum PathwayStatus
{
    BillPending,

    EnactedRulesPending,

    AcceptingApplications,

    Ended,

    Failed,
}
