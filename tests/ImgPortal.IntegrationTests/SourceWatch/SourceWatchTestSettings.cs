namespace ImgPortal.IntegrationTests.SourceWatch;

/// <summary>Settings for tests against <see cref="SourceSite"/>: private addresses allowed, no pause between requests, timeouts that hold on a loaded machine, no retries.</summary>
internal static class SourceWatchTestSettings
{
    public static Dictionary<string, string?> Local(bool allowPrivate = true, int maxBodyBytes = 2 * 1024 * 1024) => new()
    {
        ["Portal:PublicBaseUrl"] = "https://portal.test",
        ["SourceWatch:ContactAddress"] = "sources@portal.test",
        ["SourceWatch:AllowPrivateAddresses"] = allowPrivate ? "true" : "false",
        ["SourceWatch:PerHostDelay"] = "00:00:00",
        ["SourceWatch:RequestTimeout"] = "00:00:03",
        ["SourceWatch:TotalTimeout"] = "00:00:06",
        ["SourceWatch:Retries"] = "0",
        ["SourceWatch:MaxBodyBytes"] = maxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
