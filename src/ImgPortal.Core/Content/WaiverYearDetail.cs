using ImgPortal.Core.Waivers;

namespace ImgPortal.Core.Content;

/// <summary>One program's figures for one federal fiscal year, as visitors read them on the J-1 waiver page.</summary>
public sealed record WaiverYearDetail(
    string ProgramName, int Year, int TotalWaivers, int SecondCategoryMax, string Notes, string Source, DateOnly AsOf)
{
    public bool SlotsReported { get; init; }

    public int SlotsUsed { get; init; }

    public int FlexUsed { get; init; }

    public WaiverCycleStatus CycleStatus { get; init; }

    public string SourceUrl { get; init; } = string.Empty;

    public FederalFiscalYear FiscalYear => new(Year);

    public int SlotsRemaining => Math.Max(0, TotalWaivers - SlotsUsed);

    public int FlexRemaining => Math.Max(0, SecondCategoryMax - FlexUsed);
}
