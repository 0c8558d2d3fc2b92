using ImgPortal.Core.Common;
using ImgPortal.Core.Content;

namespace ImgPortal.Web.ViewModels.Guidance;

public sealed record SearchViewModel(string Query, PagedResult<SearchHit> Results)
{
    /// <summary>The search kept on every page link.</summary>
    public IReadOnlyDictionary<string, string?> PagerRoute => new Dictionary<string, string?> { ["q"] = Query };

    public bool HasQuery => Query.Length > 0;

    /// <summary>When nothing matched: the pages closest to the query.</summary>
    public IReadOnlyList<SearchHit> Closest { get; init; } = [];

    /// <summary>Glossary terms matching the query (when no page does: those closest to it).</summary>
    public IReadOnlyList<SearchHit> Glossary { get; init; } = [];
}
