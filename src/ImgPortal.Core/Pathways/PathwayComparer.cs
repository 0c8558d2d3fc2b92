using ImgPortal.Core.Common;
using ImgPortal.Core.Content;

namespace ImgPortal.Core.Pathways;

/// <summary>The comparison rules, pure: which states were asked for, which pathway stands for each, which rows differ.</summary>
public static class PathwayComparer
{
    /// <summary>The distinct codes in "tn,fl, va" (upper case, in the order given; blanks skipped).</summary>
    public static IReadOnlyList<string> ParseStates(string? states) =>
        (states ?? string.Empty).Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.ToUpperInvariant()).Distinct().ToList();

    /// <summary>Why <paramref name="codes"/> cannot be compared, or null when they can.</summary>
    public static string? Problem(IReadOnlyList<string> codes)
    {
        if (codes.FirstOrDefault(c => !UsStates.IsCode(c)) is { } unknown)
        {
            return $"\"{unknown}\" is not the code of a US state. Choose the states from the list.";
        }

        return codes.Count switch
        {
            < PathwayComparison.MinStates => "Choose at least two states to compare.",
            > PathwayComparison.MaxStates => $"You chose {codes.Count} states; compare at most four at a time.",
            _ => null,
        };
    }

    /// <summary>The pathway that stands for a state: its strongest current one, a full license route first among equals.</summary>
    public static PathwayDetail? Representative(IEnumerable<PathwayDetail> statePathways) =>
        statePathways.Where(p => p.IsCurrent)
            .OrderBy(p => IndexOf(p.Status))
            .ThenBy(p => p.Kind == PathwayKind.FullLicenseWithoutUsResidency ? 0 : 1)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .FirstOrDefault();

    public static PathwayComparison Compare(IReadOnlyList<string> codes, IReadOnlyList<PathwayDetail> pathways)
    {
        if (Problem(codes) is { } problem)
        {
            return new PathwayComparison(codes, [], [], problem);
        }

        var columns = codes.Select(code =>
        {
            var own = pathways.Where(p => p.State == code).ToList();
            var chosen = Representative(own);
            return new ComparedState(code, chosen, own.Count(p => p.IsCurrent) - (chosen is null ? 0 : 1));
        }).ToList();

        var rows = PathwayRequirements.All.Select(r =>
        {
            var cells = columns.Select(c => c.Pathway?.Requirement(r.Requirement)).ToList();
            return new ComparisonRow(r.Requirement, r.Label, cells, Differs(cells));
        }).ToList();

        return new PathwayComparison(codes, columns, rows, null);
    }

    /// <summary>
    /// A row differs when the states' answers differ (required, not required, unknown, no pathway), or when at least
    /// one is known and their details differ. A row unknown everywhere does not differ: nobody knows.
    /// </summary>
    public static bool Differs(IReadOnlyList<RequirementDetail?> cells)
    {
        if (cells.Select(c => c?.Status).Distinct().Count() > 1)
        {
            return true;
        }

        return cells.Any(c => c is not null && c.Status != RequirementStatus.Unknown)
            && cells.Select(c => c?.Value.Trim() ?? string.Empty).Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1;
    }

    private static int IndexOf(PathwayStatus status)
    {
        for (var i = 0; i < PathwayStatuses.CurrentStrongestFirst.Count; i++)
        {
            if (PathwayStatuses.CurrentStrongestFirst[i] == status)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
