namespace ImgPortal.Core.Programs.Lca;

/// <summary>
/// Counts kept rows per fiscal year × employer while the file streams past, each case number once, and notes
/// every fiscal year the file covers (those are the years an import replaces). Holds only the kept rows'
/// case numbers, a few thousand at most, never the file.
/// </summary>
public sealed class LcaTally
{
    private readonly HashSet<string> _cases = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(int Year, string Employer), (string Name, int Count)> _counts = [];
    private readonly SortedSet<int> _years = [];

    public long RowsRead { get; private set; }

    /// <summary>Distinct kept cases.</summary>
    public long RowsKept => _cases.Count;

    /// <summary>Kept rows whose case number had been counted already.</summary>
    public long Duplicates { get; private set; }

    public IReadOnlyCollection<int> FiscalYears => _years;

    public void Add(LcaRow row)
    {
        RowsRead++;
        if (row.DecisionDate is { } decided)
        {
            _years.Add(LcaRowRule.FiscalYearOf(decided));
        }

        if (!LcaRowRule.Keeps(row))
        {
            return;
        }

        if (row.DecisionDate is null)
        {
            throw new LcaFileRefusedException($"Row {row.RowNumber}: {LcaColumns.DecisionDate} is empty, so the case's fiscal year is unknown.");
        }

        if (string.IsNullOrWhiteSpace(row.CaseNumber))
        {
            throw new LcaFileRefusedException($"Row {row.RowNumber}: {LcaColumns.CaseNumber} is empty.");
        }

        if (!_cases.Add(row.CaseNumber.Trim()))
        {
            Duplicates++;
            return;
        }

        var key = (LcaRowRule.FiscalYearOf(row.DecisionDate.Value), EmployerNames.Normalize(row.EmployerName));
        var name = row.EmployerName.Trim();
        _counts[key] = _counts.TryGetValue(key, out var current) ? (current.Name, current.Count + 1) : (name, 1);
    }

    /// <summary>The counts as rows to save for import <paramref name="importId"/>.</summary>
    public IReadOnlyList<LcaFiling> Filings(int importId) =>
        [.. _counts
            .Where(c => c.Key.Employer.Length > 0)
            .OrderBy(c => c.Key.Year).ThenBy(c => c.Key.Employer, StringComparer.Ordinal)
            .Select(c => new LcaFiling
            {
                FiscalYear = c.Key.Year,
                NormalizedEmployer = Truncate(c.Key.Employer),
                EmployerName = Truncate(c.Value.Name),
                Filings = c.Value.Count,
                LcaImportId = importId,
            })];

    private static string Truncate(string text) => text.Length <= LcaFiling.EmployerMaxLength ? text : text[..LcaFiling.EmployerMaxLength];
}
