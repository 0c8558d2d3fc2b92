namespace ImgPortal.Core.Pathways.SelfCheck;

/// <summary>The pathway self-check: starting answers (a member's from their profile) and the check itself. Stores nothing.</summary>
public interface ISelfCheckService
{
    Task<SelfCheckStart> StartAsync(CancellationToken cancellationToken = default);

    /// <summary>Every current pathway in the chosen states (all states when none is chosen), checked against <paramref name="answers"/>.</summary>
    Task<IReadOnlyList<PathwayCheckResult>> CheckAsync(SelfCheckAnswers answers, CancellationToken cancellationToken = default);
}
