namespace ImgPortal.Core.Mentoring.Requests;

/// <summary>A member's own request, as they see it on its page.</summary>
public sealed record OwnRequest(int Id, MenteeRequestDetails Details, RequestStatus Status, DateTime CreatedAtUtc, Guid Version)
{
    /// <summary>Only a request still waiting for a mentor can be changed: a mentor asked has read it as it was.</summary>
    public bool MayEdit => Status == RequestStatus.Open;

    /// <summary>Open or proposed requests can be withdrawn; a matched one ends through its pairing.</summary>
    public bool MayWithdraw => Status is RequestStatus.Open or RequestStatus.Proposed;
}
