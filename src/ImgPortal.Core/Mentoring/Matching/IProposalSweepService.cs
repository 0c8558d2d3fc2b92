namespace ImgPortal.Core.Mentoring.Matching;

/// <summary>Reminds mentors of unanswered proposals once, then lets them expire (run by a background service).</summary>
public interface IProposalSweepService
{
    /// <summary>Handles every proposal due now; returns how many were reminded or expired.</summary>
    Task<int> RunAsync(CancellationToken cancellationToken = default);
}
