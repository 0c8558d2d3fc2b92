namespace ImgPortal.Core.Profiles;

/// <summary>Members' stored roadmap stages, kept in step with the roadmap's steps.</summary>
public interface IMemberStages
{
    /// <summary>
    /// Recomputes every member's stored stage from the current steps (as this context sees them, saved or not yet
    /// committed), their profile and their own step states. Marks the profiles whose stage moved and returns how many;
    /// the caller saves them, in the same transaction as the change to the steps.
    /// </summary>
    Task<int> RecomputeAllAsync(CancellationToken cancellationToken = default);
}
