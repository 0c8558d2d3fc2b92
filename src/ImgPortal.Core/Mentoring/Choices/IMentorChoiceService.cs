using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Requests;

namespace ImgPortal.Core.Mentoring.Choices;

/// <summary>Members' rankings of up to three mentors: what the request form offers and what the ranking says now.</summary>
public interface IMentorChoiceService
{
    /// <summary>Whether members may rank and ask mentors themselves (staff's setting).</summary>
    Task<bool> MembersMayChooseAsync(CancellationToken cancellationToken = default);

    /// <summary>Staff only: whether members may pick their own mentor from their top suggestions.</summary>
    Task<Outcome> SetMembersMayChooseAsync(bool membersMayChoose, CancellationToken cancellationToken = default);

    /// <summary>The ranking part of the current member's request form; null when members may not choose.</summary>
    Task<ChoiceForm?> FormAsync(MenteeRequestDetails details, int? requestId, CancellationToken cancellationToken = default);

    /// <summary>A request's ranking: for its member or staff; empty for anyone else.</summary>
    Task<IReadOnlyList<RankedChoice>> RankingAsync(int requestId, CancellationToken cancellationToken = default);

    /// <summary>The current member's request still waiting for a mentor, if any: "Ask this mentor" adds to it.</summary>
    Task<int?> OpenRequestIdAsync(CancellationToken cancellationToken = default);
}
