using ImgPortal.Core.Common;
using ImgPortal.Core.Pathways;

namespace ImgPortal.Web.ViewModels.StatePathways;

/// <summary>The comparison page: the form (states chosen so far) and, when the request can be compared, the table.</summary>
public sealed record PathwayComparisonViewModel(PathwayComparison Comparison, bool Asked)
{
    public IReadOnlyList<UsState> AllStates => UsStates.All;

    public bool IsChosen(string code) => Comparison.States.Contains(code, StringComparer.OrdinalIgnoreCase);

    /// <summary>The shareable link's query value, e.g. "tn,fl,va".</summary>
    public string StatesQuery => string.Join(',', Comparison.States.Select(s => s.ToLowerInvariant()));
}
