using ImgPortal.Core.Content;
using ImgPortal.Core.Waivers;

namespace ImgPortal.Web.ViewModels.Waivers;

/// <summary>
/// The State 30 slot tracker on the J-1 waiver page: each program's figures for the current federal fiscal year,
/// and a chart (with the same numbers as a table) of every year recorded.
/// </summary>
/// <param name="FiscalYear">The fiscal year the page is read in; the latest recorded one in a staff preview.</param>
/// <param name="Current">Each program's figures for <paramref name="FiscalYear"/>.</param>
/// <param name="ProgramsWithoutCurrent">Programs with figures for other years but none yet for <paramref name="FiscalYear"/>.</param>
/// <param name="History">Every year recorded, oldest first, for the chart and its table.</param>
public sealed record SlotTrackerViewModel(
    FederalFiscalYear? FiscalYear,
    IReadOnlyList<WaiverYearDetail> Current,
    IReadOnlyList<string> ProgramsWithoutCurrent,
    IReadOnlyList<WaiverYearDetail> History)
{
    public const int ChartRowHeight = 34;
    public const int ChartLabelWidth = 70;
    public const int ChartBarWidth = 300;

    public int ChartMax => History.Count == 0 ? 0 : History.Max(y => y.TotalWaivers);

    public int ChartHeight => Math.Max(1, History.Count) * ChartRowHeight + 8;

    public int ChartWidth => ChartLabelWidth + ChartBarWidth + 130;

    /// <summary>Whether the chart labels rows by program as well as year (more than one program recorded).</summary>
    public bool SeveralPrograms => History.Select(y => y.ProgramName).Distinct().Count() > 1;

    /// <summary>
    /// The latest year before <paramref name="year"/> whose slots used were reported for the same program, shown when
    /// <paramref name="year"/> has no report yet; null when no earlier year was reported.
    /// </summary>
    public WaiverYearDetail? LastReportedBefore(WaiverYearDetail year) =>
        History.Where(y => y.ProgramName == year.ProgramName && y.SlotsReported && y.Year < year.Year).MaxBy(y => y.Year);

    /// <summary>The latest reported year of a program with no figures at all for the current year.</summary>
    public WaiverYearDetail? LastReported(string program) =>
        History.Where(y => y.ProgramName == program && y.SlotsReported).MaxBy(y => y.Year);

    public double Length(int value) => ChartMax <= 0 ? 0 : Math.Round(ChartBarWidth * (double)value / ChartMax, 1);

    public static SlotTrackerViewModel From(IReadOnlyList<WaiverYearDetail> years, FederalFiscalYear? now)
    {
        var fiscalYear = now ?? (years.Count == 0 ? null : new FederalFiscalYear(years.Max(y => y.Year)));
        var current = years.Where(y => fiscalYear is { } fy && y.Year == fy.Year).OrderBy(y => y.ProgramName).ToList();
        var without = years.Select(y => y.ProgramName).Distinct()
            .Where(p => current.All(c => c.ProgramName != p))
            .Order()
            .ToList();
        var history = years.OrderBy(y => y.Year).ThenBy(y => y.ProgramName).ToList();
        return new SlotTrackerViewModel(fiscalYear, current, without, history);
    }
}
