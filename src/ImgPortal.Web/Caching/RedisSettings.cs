using StackExchange.Redis;

namespace ImgPortal.Web.Caching;

/// <summary>
/// The <c>Redis</c> section, read where services are registered: <c>Redis:Configuration</c> (a StackExchange.Redis
/// configuration string; empty means no Redis, everything in memory) and <c>Redis:InstanceName</c> (the prefix of
/// every key the portal writes, <c>imgportal:</c> unless set, so several portals can share one server).
/// </summary>
public static class RedisSettings
{
    public const string DefaultInstanceName = "imgportal:";

    /// <summary>The configuration string, or null when Redis is not configured.</summary>
    public static string? Configuration(IConfiguration configuration) =>
        configuration["Redis:Configuration"] is { Length: > 0 } value && !string.IsNullOrWhiteSpace(value) ? value : null;

    public static string InstanceName(IConfiguration configuration) =>
        configuration["Redis:InstanceName"] is { Length: > 0 } name ? name : DefaultInstanceName;

    /// <summary>
    /// The connection options every Redis client of the portal uses: start without Redis, and while it is down fail
    /// each command at once (no 5-second backlog per request), so callers fall back to memory or the database.
    /// </summary>
    public static ConfigurationOptions Options(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ConnectTimeout = 2000;
        options.SyncTimeout = 1000;
        options.AsyncTimeout = 1000;
        return options;
    }
}
