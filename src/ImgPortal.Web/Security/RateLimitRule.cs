using System.ComponentModel.DataAnnotations;

namespace ImgPortal.Web.Security;

/// <summary>One limit: at most <see cref="PermitLimit"/> attempts per <see cref="Window"/> for one partition.</summary>
public sealed class RateLimitRule
{
    [Range(1, 100_000)]
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }

    public RateLimitRule()
    {
    }

    public RateLimitRule(int permitLimit, TimeSpan window)
    {
        PermitLimit = permitLimit;
        Window = window;
    }
}
