using ImgPortal.Core.Common;
using ImgPortal.Core.Content;

namespace ImgPortal.Web.ViewModels.Guidance;

public sealed record HomeViewModel(IReadOnlyList<PageLink> Paths);

public sealed record GuidancePageViewModel(GuidancePageDetail Page);

public sealed record SearchViewModel(string Query, PagedResult<SearchHit> Results)
{
    public bool HasQuery => Query.Length > 0;

    /// <summary>When nothing matched: the pages closest to the query.</summary>
    public IReadOnlyList<SearchHit> Closest { get; init; } = [];
}
