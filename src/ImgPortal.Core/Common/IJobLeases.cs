namespace ImgPortal.Core.Common;

/// <summary>Leases that let one instance at a time run a background job (<see cref="JobLease"/>).</summary>
public interface IJobLeases
{
    /// <summary>This instance's name in the lease table (machine, process and a random part).</summary>
    string Holder { get; }

    /// <summary>
    /// Takes or renews the lease on <paramref name="job"/> for <paramref name="duration"/>: true when this instance
    /// now holds it (it was free, expired or already ours), false when another instance holds it. One atomic
    /// statement decides, so of two instances racing exactly one wins.
    /// </summary>
    Task<bool> TryAcquireAsync(string job, TimeSpan duration, CancellationToken cancellationToken = default);
}
