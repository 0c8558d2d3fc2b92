using ImgPortal.Core.Alerts;
using ImgPortal.Core.Common;

namespace ImgPortal.Web.ViewModels.Alerts;

/// <summary>The public change log page (<c>/changes</c>): one page of changes and the filter it was read with.</summary>
public sealed record ChangesViewModel(PagedResult<ChangeRow> Changes, string? Topic, string? State)
{
    /// <summary>The Atom feed with the same filter.</summary>
    public string FeedPath => ChangeFeeds.PathFor(Topic, State);
}

/// <summary>Which change feed a page links to with <c>rel="alternate"</c> (the layout asks for every page).</summary>
public static class ChangeFeeds
{
    public const string FeedPath = "/changes.atom";

    public static string PathFor(string? topic, string? state) =>
        UsStates.Find(state?.ToUpperInvariant()) is { } chosen ? $"{FeedPath}?state={chosen.Code}"
        : ChangeTopics.Find(topic) is { } found ? $"{FeedPath}?topic={found.Key}"
        : FeedPath;

    /// <summary>The feed of the changes a page at <paramref name="path"/> shows, or null for pages the log does not cover.</summary>
    public static string? ForPage(string path)
    {
        path = path.TrimEnd('/').ToLowerInvariant();
        if (path.StartsWith("/state-pathways/", StringComparison.Ordinal) && UsStates.Find(path["/state-pathways/".Length..].ToUpperInvariant()) is { } state)
        {
            return PathFor(null, state.Code);
        }

        return path switch
        {
            "/changes" => FeedPath,
            "/visas" => PathFor(ChangeTopics.Visas.Key, null),
            "/j1-waiver" => PathFor(ChangeTopics.State30.Key, null),
            "/state-pathways" => PathFor(ChangeTopics.StatePathways.Key, null),
            "/residency" => PathFor(ChangeTopics.MatchDates.Key, null),
            "/costs" => PathFor(ChangeTopics.Fees.Key, null),
            "/programs" => PathFor(ChangeTopics.Programs.Key, null),
            _ => null,
        };
    }
}
