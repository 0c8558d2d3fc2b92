using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Profiles;

public interface IRoadmapService
{
    /// <summary>The signed-in member's roadmap.</summary>
    Task<Roadmap> GetOwnAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets a step's state by hand and the member's stored stage with it, in one transaction. NotFound when the
    /// step is unknown or the profile decides it.
    /// </summary>
    Task<Outcome> SetOwnStepStateAsync(string stepKey, StepState state, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SeasonDateItem>> SeasonDatesAsync(CancellationToken cancellationToken = default);
}
