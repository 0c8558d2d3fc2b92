using ImgPortal.Core.Common;

namespace ImgPortal.Core.Mentoring.Requests;

/// <summary>Staff's list of mentees' requests, and one request with its pairings and ranked suggestions.</summary>
public interface IStaffRequestService
{
    Task<PagedResult<RequestRow>> ListRequestsAsync(RequestStatus? status, int page, CancellationToken cancellationToken = default);

    /// <summary>A request with its pairings and ranked suggestions: staff only.</summary>
    Task<RequestRecord?> GetRequestAsync(int id, CancellationToken cancellationToken = default);
}
