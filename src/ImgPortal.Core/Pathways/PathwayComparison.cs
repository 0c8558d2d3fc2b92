using ImgPortal.Core.Content;

namespace ImgPortal.Core.Pathways;

/// <summary>
/// Two to four states side by side: each column is a state's strongest current pathway (null when it has none),
/// each row a requirement, flagged when the columns differ. <see cref="Problem"/> explains a request that cannot
/// be compared (too few or too many states, an unknown code); the columns are then empty.
/// </summary>
public sealed record PathwayComparison(
    IReadOnlyList<string> States,
    IReadOnlyList<ComparedState> Columns,
    IReadOnlyList<ComparisonRow> Rows,
    string? Problem)
{
    public const int MinStates = 2;

    public const int MaxStates = 4;
}
