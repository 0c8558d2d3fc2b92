namespace ImgPortal.Web.Security;

/// <summary>One partition's hits in its current window, and how long until the window ends.</summary>
public sealed record RateLimitCount(long Hits, TimeSpan Remaining);
