namespace ImgPortal.Core.Pathways;

/// <summary>The public state pathway pages' reads: the current picture, a state, a comparison and the history.</summary>
public interface IStatePathwayService
{
    Task<PathwayOverview> GetOverviewAsync(PathwayFilter filter, CancellationToken cancellationToken = default);

    /// <summary>The state's page, or null when <paramref name="state"/> is not a state's code.</summary>
    Task<StatePathwaysPage?> GetStateAsync(string state, CancellationToken cancellationToken = default);

    Task<PathwayComparison> CompareAsync(string? states, CancellationToken cancellationToken = default);

    /// <summary>Every ended or failed measure, by state then date: never current law.</summary>
    Task<IReadOnlyList<PathwayDetail>> GetHistoryAsync(CancellationToken cancellationToken = default);

    /// <summary>Every current pathway (bill pending, enacted, accepting applications), by state.</summary>
    Task<IReadOnlyList<PathwayDetail>> GetCurrentAsync(CancellationToken cancellationToken = default);
}
