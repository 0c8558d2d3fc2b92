using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Profiles;

public interface IRoadmapService
{
    /// <summary>The signed-in member's roadmap.</summary>
    Task<Roadmap> GetOwnAsync(CancellationToken cancellationToken = default);

    /// <summary>A member's roadmap by id: for the calendar feed, whose secret address stands in for the login.</summary>
    Task<Roadmap> GetForAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets a step's state by hand and the member's stored stage with it, in one transaction. NotFound when the
    /// step is unknown or the profile decides it.
    /// </summary>
    Task<Outcome> SetOwnStepStateAsync(string stepKey, StepState state, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets the states of several steps from the roadmap's one form, and the stored stage with them, in one
    /// transaction; steps the profile decides are skipped. The message says how many changed.
    /// </summary>
    Task<Outcome> SetOwnStepStatesAsync(IReadOnlyDictionary<string, StepState> states, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SeasonDateItem>> SeasonDatesAsync(CancellationToken cancellationToken = default);
}
