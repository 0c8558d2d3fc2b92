using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Profiles;

namespace ImgPortal.Web.ViewModels.Profiles;

/// <summary>The roadmap page; <see cref="NewCalendarFeedUrl"/> is shown once, right after it is made.</summary>
public sealed record RoadmapViewModel(Roadmap Roadmap)
{
    public bool HasCalendarFeed { get; init; }

    public string? NewCalendarFeedUrl { get; init; }

    /// <summary>The member's saved cost plan as the planner's query string; null when none is saved.</summary>
    public string? CostPlanQuery { get; init; }

    /// <summary>
    /// Next actions in their order, adjacent actions that give the same reason together, so the page says the reason
    /// once for the group ("Needed for ECFMG certification…" above Step 2 CK, OET and the Pathway).
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<NextAction>> ByReason(IEnumerable<NextAction> actions)
    {
        var groups = new List<List<NextAction>>();
        foreach (var action in actions)
        {
            if (groups.Count > 0 && string.Equals(groups[^1][0].Reason, action.Reason, StringComparison.Ordinal))
            {
                groups[^1].Add(action);
            }
            else
            {
                groups.Add([action]);
            }
        }

        return groups;
    }

    /// <summary>The feed's <c>webcal:</c> address, which phones and desktop calendar apps open as a subscription.</summary>
    public static string Webcal(string feedUrl) =>
        Uri.TryCreate(feedUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? "webcal://" + uri.Authority + uri.PathAndQuery
            : feedUrl;
}
