using System.Threading.RateLimiting;

namespace ImgPortal.Web.Security;

/// <summary>The answer of a shared counter: allowed, or refused with how long to wait (the Retry-After header).</summary>
public sealed class CountedLease(bool isAcquired, TimeSpan? retryAfter) : RateLimitLease
{
    public static readonly CountedLease Allowed = new(true, null);

    public override bool IsAcquired => isAcquired;

    public override IEnumerable<string> MetadataNames =>
        retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        if (retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name)
        {
            metadata = wait;
            return true;
        }

        metadata = null;
        return false;
    }
}
