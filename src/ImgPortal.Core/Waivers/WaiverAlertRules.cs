namespace ImgPortal.Core.Waivers;

/// <summary>
/// Which State 30 alerts are due, pure (ADR 0042). Only the fiscal year <c>today</c> falls in counts. Its cycle
/// "opened" once staff record it as open (or later full: it was open); "few slots" once reported figures leave fewer
/// than <see cref="Content.WaiverProgramYear.FewSlotsThreshold"/> and the cycle is not closed. A member gets only the
/// kinds they asked for, and never an alert whose key is in <c>sent</c>.
/// </summary>
public static class WaiverAlertRules
{
    public static IReadOnlyList<WaiverAlert> Select(
        IEnumerable<WaiverAlertMember> members, IEnumerable<WaiverAlertYear> years, ISet<(string UserId, string Key)> sent, DateOnly today)
    {
        var fiscalYear = FederalFiscalYear.Of(today);
        var events = years.Where(y => y.Year == fiscalYear.Year).SelectMany(Events).ToList();
        return members
            .Where(m => m.Email.Length > 0)
            .SelectMany(m => events
                .Where(e => e.Kind == WaiverAlertKind.CycleOpened ? m.CycleAlerts : m.FewSlotsAlerts)
                .Select(e => new WaiverAlert(m.UserId, m.Email, e.Kind, e.Year)))
            .Where(a => !sent.Contains((a.UserId, a.Key)))
            .ToList();
    }

    private static IEnumerable<(WaiverAlertKind Kind, WaiverAlertYear Year)> Events(WaiverAlertYear year)
    {
        if (year.CycleStatus is WaiverCycleStatus.Open or WaiverCycleStatus.Full)
        {
            yield return (WaiverAlertKind.CycleOpened, year);
        }

        if (year.SlotsReported && year.SlotsRemaining < Content.WaiverProgramYear.FewSlotsThreshold && year.CycleStatus != WaiverCycleStatus.Closed)
        {
            yield return (WaiverAlertKind.FewSlots, year);
        }
    }
}
