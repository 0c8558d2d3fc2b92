using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ImgPortal.Core.Profiles;

/// <summary>Selects due reminders and queues each in the outbox (<see cref="IEmailOutbox"/>) in the same save as its log row, so it is never sent twice.</summary>
public sealed class ReminderService(
    IAppDbContext db,
    IEmailOutbox outbox,
    IPortalLinks links,
    TimeProvider clock,
    ILogger<ReminderService> logger)
    : IReminderService
{
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var members = await db.ImgProfiles.AsNoTracking()
            .Where(p => !p.RemindersOff)
            .Join(db.MemberAccounts.Where(a => a.EmailConfirmed), p => p.UserId, a => a.UserId, (p, a) =>
                new ReminderCandidate(p.UserId, a.Email, p.RemindersOff, p.FcvsStarted, p.FcvsStartedOn, p.FcvsCompleted))
            .ToListAsync(cancellationToken);
        var dates = await db.SeasonDates.AsNoTracking()
            .Where(d => d.Date != null)
            .Select(d => new SeasonDateItem(d.Id, d.Title, d.Date!.Value, d.Kind, d.Cycle, d.Notes))
            .ToListAsync(cancellationToken);
        var userIds = members.Select(m => m.UserId).ToList();
        members = await WithDeadlinesAsync(members, userIds, cancellationToken);
        var sent = await db.ReminderLogs.SentToAsync(userIds, keyPrefix: null, cancellationToken);

        var count = 0;
        foreach (var reminder in ReminderRules.Select(members, dates, sent, today))
        {
            // The log entry and the queued e-mail are saved together: the reminder is queued once, never twice.
            db.ReminderLogs.Add(new ReminderLog { UserId = reminder.UserId, ReminderKey = reminder.Key, SentAtUtc = now });
            outbox.Queue(new EmailContent(
                reminder.Email,
                reminder.Subject,
                reminder.Paragraphs,
                new EmailAction(reminder.ActionText, links.Absolute(reminder.ActionPath)),
                reminder.Reason));
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Sent reminder {ReminderKey} to user {UserId}", reminder.Key, reminder.UserId);
            count++;
        }

        return count;
    }

    /// <summary>Each member's own open deadlines (announced dates only, never the rule's assumption) for the Match they are aiming for, computed in New York time.</summary>
    private async Task<List<ReminderCandidate>> WithDeadlinesAsync(List<ReminderCandidate> members, List<string> userIds, CancellationToken cancellationToken)
    {
        var today = Planning.NewYorkTime.Today(clock);
        var dates = await Planning.SeasonDatesService.LoadAsync(db, cancellationToken);
        var profiles = (await db.ImgProfiles.AsNoTracking().Include(p => p.Tags)
                .Where(p => userIds.Contains(p.UserId))
                .ToListAsync(cancellationToken))
            .ToDictionary(p => p.UserId, ProfileMapping.ToData);
        return members
            .Select(m => profiles.TryGetValue(m.UserId, out var profile) && Planning.MatchCycleRule.Compute(profile, dates, today) is { } plan
                ? m with
                {
                    Deadlines = plan.Steps
                        .Where(s => s.IsOwnDeadline(today) && !s.DueIsAssumed)
                        .Select(s => new OwnDeadline(plan.Cycle, s.Key, s.Title, s.DueBy!.Value, s.Why))
                        .ToList(),
                }
                : m)
            .ToList();
    }
}
