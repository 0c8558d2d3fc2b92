namespace ImgPortal.Core.Waivers;

/// <summary>What the alert rules read of one program's figures for one fiscal year.</summary>
public sealed record WaiverAlertYear(
    int Id, string ProgramName, int Year, WaiverCycleStatus CycleStatus, bool SlotsReported, int TotalWaivers, int SlotsUsed)
{
    public FederalFiscalYear FiscalYear => new(Year);

    public int SlotsRemaining => Math.Max(0, TotalWaivers - SlotsUsed);
}
