using System.Net;
using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ImgPortal.Core.Mentoring;

/// <summary>Mentees' requests, suggestions and proposals, feedback, and everyone's dashboard. A pairing's later changes are <see cref="Pairings.IPairingTransitions"/>.</summary>
public interface IMentoringService
{
    Task<Outcome> CreateRequestAsync(MenteeRequestDetails details, CancellationToken cancellationToken = default);

    /// <summary>A new request pre-filled from the member's profile (specialty, language, state, country of training).</summary>
    Task<MenteeRequestDetails> DraftRequestAsync(CancellationToken cancellationToken = default);

    /// <summary>The member's own request; null for anyone else's.</summary>
    Task<OwnRequest?> GetOwnRequestAsync(int id, CancellationToken cancellationToken = default);

    /// <summary>The member changes their request while it is still open.</summary>
    Task<Outcome> UpdateRequestAsync(int id, Guid version, MenteeRequestDetails details, CancellationToken cancellationToken = default);

    /// <summary>The member withdraws an open or proposed request (a proposed mentor is told).</summary>
    Task<Outcome> WithdrawRequestAsync(int id, CancellationToken cancellationToken = default);

    Task<bool> HasActiveRequestAsync(CancellationToken cancellationToken = default);

    Task<PagedResult<RequestRow>> ListRequestsAsync(RequestStatus? status, int page, CancellationToken cancellationToken = default);

    /// <summary>A request with its pairings and ranked suggestions: staff only.</summary>
    Task<RequestRecord?> GetRequestAsync(int id, CancellationToken cancellationToken = default);

    /// <summary>Asks a mentor to take a request: staff, or its member when members may choose.</summary>
    Task<Outcome> ProposeAsync(int requestId, int mentorId, CancellationToken cancellationToken = default);

    /// <summary>Whether the current user may leave feedback on this pairing now (it ended, they took part, they have not yet).</summary>
    Task<PairingView?> GetPairingForFeedbackAsync(int pairingId, CancellationToken cancellationToken = default);

    Task<Outcome> LeaveFeedbackAsync(int pairingId, int rating, string? comment, CancellationToken cancellationToken = default);

    Task<MentoringDashboard> DashboardAsync(CancellationToken cancellationToken = default);

    Task<StaffMentoringCounts> StaffCountsAsync(CancellationToken cancellationToken = default);

    /// <summary>Staff only: whether members may pick their own mentor from their top suggestions.</summary>
    Task<Outcome> SetMembersMayChooseAsync(bool membersMayChoose, CancellationToken cancellationToken = default);
}
