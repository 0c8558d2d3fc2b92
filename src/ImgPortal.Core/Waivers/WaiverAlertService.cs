using System.Globalization;
using ImgPortal.Core.Common;
using ImgPortal.Core.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ImgPortal.Core.Waivers;

/// <summary>
/// Finds the due State 30 alerts (<see cref="WaiverAlertRules"/>) and queues each in the outbox
/// (<see cref="IEmailOutbox"/>) in the same save as its <see cref="ReminderLog"/> row, whose
/// unique (user, key) makes it go once. Run by the reminder background job (ADR 0042).
/// </summary>
public sealed class WaiverAlertService(
    IAppDbContext db,
    IEmailOutbox outbox,
    IPortalLinks links,
    TimeProvider clock,
    ILogger<WaiverAlertService> logger)
    : IWaiverAlertService
{
    /// <summary>Where the e-mail's button leads: the slot tracker on the J-1 waiver page.</summary>
    public const string TrackerPath = "/j1-waiver#waiver-figures";

    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var fiscalYear = FederalFiscalYear.Of(today).Year;
        var years = await db.WaiverProgramYears.AsNoTracking()
            .Where(y => y.Year == fiscalYear)
            .Select(y => new WaiverAlertYear(y.Id, y.ProgramName, y.Year, y.CycleStatus, y.SlotsReported, y.TotalWaivers, y.SlotsUsed))
            .ToListAsync(cancellationToken);
        if (years.Count == 0)
        {
            return 0;
        }

        var members = await db.ImgProfiles.AsNoTracking()
            .Where(p => p.WaiverCycleAlerts || p.WaiverFewSlotsAlerts)
            .Join(db.MemberAccounts.Where(a => a.EmailConfirmed), p => p.UserId, a => a.UserId, (p, a) =>
                new WaiverAlertMember(p.UserId, a.Email, p.WaiverCycleAlerts, p.WaiverFewSlotsAlerts))
            .ToListAsync(cancellationToken);
        var userIds = members.Select(m => m.UserId).ToList();
        var sent = await db.ReminderLogs.SentToAsync(userIds, keyPrefix: "waiver-", cancellationToken);

        var count = 0;
        foreach (var alert in WaiverAlertRules.Select(members, years, sent, today))
        {
            // The log row and the queued e-mail are saved together: queued once, never twice.
            db.ReminderLogs.Add(new ReminderLog { UserId = alert.UserId, ReminderKey = alert.Key, SentAtUtc = now });
            outbox.Queue(Content(alert));
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Sent State 30 alert {AlertKey} to user {UserId}", alert.Key, alert.UserId);
            count++;
        }

        return count;
    }

    private EmailContent Content(WaiverAlert alert)
    {
        var year = alert.Year;
        var fy = year.FiscalYear;
        var span = $"{fy.Start.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)} to {fy.End.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)}";
        var (subject, paragraphs) = alert.Kind == WaiverAlertKind.CycleOpened
            ? ($"{year.ProgramName}: the {fy} cycle is open",
                (IReadOnlyList<string>)
                [
                    $"Our staff have recorded that the {year.ProgramName} cycle for federal fiscal year {fy} ({span}) is open.",
                    "Check the program's own bulletin for its deadline and documents before you or your employer apply.",
                ])
            : ($"{year.ProgramName}: fewer than five slots remain in {fy}",
                [
                    $"Our staff have recorded that {year.SlotsUsed} of the {year.TotalWaivers} {year.ProgramName} slots for {fy} are used, so {year.SlotsRemaining} remain.",
                    "Figures come from the state's reports and may already be out of date: check with the program.",
                ]);
        return new EmailContent(
            alert.Email,
            subject,
            paragraphs,
            new EmailAction("See the slot tracker", links.Absolute(TrackerPath)),
            "You asked for State 30 alerts in your ImgPortal profile. Untick them there to stop them.");
    }
}
