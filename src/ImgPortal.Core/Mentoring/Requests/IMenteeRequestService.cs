using ImgPortal.Core.Common;

namespace ImgPortal.Core.Mentoring.Requests;

/// <summary>A member asks for a mentor: drafts, sends, changes and withdraws their own request.</summary>
public interface IMenteeRequestService
{
    /// <summary>
    /// A request's rules alone (its fields and its ranking, <paramref name="requestId"/> for a request being changed), every
    /// field at fault at once: what saving it would refuse, for a form the binder already refused (ADR 0097).
    /// </summary>
    Task<IReadOnlyList<FieldError>> ValidateAsync(MenteeRequestDetails details, int? requestId, CancellationToken cancellationToken = default);

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
}
