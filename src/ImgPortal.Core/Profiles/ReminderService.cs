using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ImgPortal.Core.Profiles;

/// <summary>What reminder selection needs to know of one member.</summary>
public sealed record ReminderCandidate(
    string UserId, string Email, bool RemindersOff, bool FcvsStarted, DateOnly? FcvsStartedOn, bool FcvsCompleted);

/// <summary>
/// A reminder to send now; <see cref="Key"/> is what the log remembers so it goes only once. The e-mail says
/// <see cref="Paragraphs"/>, links to <see cref="ActionPath"/> and explains <see cref="Reason"/>.
/// </summary>
public sealed record DueReminder(
    string UserId, string Email, string Key, string Subject, IReadOnlyList<string> Paragraphs, string ActionText, string ActionPath, string Reason);

/// <summary>Which reminders are due, pure: no database, no clock.</summary>
public static class ReminderRules
{
    /// <summary>A season date is announced this many days ahead (and until the day before, if a run was missed).</summary>
    public const int DaysAhead = 7;

    public static string FcvsKey(DateOnly startedOn) => $"fcvs-follow-up:{startedOn:yyyy-MM-dd}";

    public static string SeasonKey(SeasonDateItem date) => $"season:{date.Id}:{date.Date:yyyy-MM-dd}";

    public static IReadOnlyList<DueReminder> Select(
        IEnumerable<ReminderCandidate> members,
        IReadOnlyList<SeasonDateItem> dates,
        IReadOnlySet<(string UserId, string Key)> alreadySent,
        DateOnly today)
    {
        var due = new List<DueReminder>();
        var soon = dates.Where(d => today >= d.Date.AddDays(-DaysAhead) && today < d.Date).ToList();
        foreach (var member in members.Where(m => !m.RemindersOff && m.Email.Length > 0))
        {
            var facts = new ProfileData
            {
                FcvsStarted = member.FcvsStarted,
                FcvsStartedOn = member.FcvsStartedOn,
                FcvsCompleted = member.FcvsCompleted,
            };
            if (RoadmapRules.FcvsFollowUpDue(facts, today) is { } started)
            {
                due.Add(new DueReminder(
                    member.UserId,
                    member.Email,
                    FcvsKey(started),
                    "Time to follow up with FCVS",
                    [
                        $"You started your FCVS profile on {RoadmapRules.Format(started)}, over {RoadmapRules.FcvsFollowUpDays} days ago, "
                        + "and it is not marked complete on your ImgPortal profile.",
                        "Check its status with FCVS, and tick \"FCVS profile complete\" on your profile once it is done.",
                    ],
                    "Update your profile",
                    "/profile",
                    Reason));
            }

            foreach (var date in soon)
            {
                due.Add(new DueReminder(
                    member.UserId,
                    member.Email,
                    SeasonKey(date),
                    $"{date.Title}: {RoadmapRules.DaysAway(date.Date, today)}",
                    [
                        $"{date.Title} is on {RoadmapRules.Format(date.Date)}, {RoadmapRules.DaysAway(date.Date, today)}.",
                        .. string.IsNullOrWhiteSpace(date.Notes) ? Array.Empty<string>() : [date.Notes],
                    ],
                    "See your roadmap",
                    "/roadmap",
                    Reason));
            }
        }

        return due.Where(d => !alreadySent.Contains((d.UserId, d.Key))).ToList();
    }

    /// <summary>Why a member gets reminders, at the foot of each one.</summary>
    public const string Reason =
        "reminders are on in your ImgPortal profile. You can see all your dates on your roadmap, and turn these "
        + "e-mails off on your profile (\"Do not send me reminder e-mails\").";
}

public interface IReminderService
{
    /// <summary>Sends every reminder due now that was not sent before; returns how many were sent.</summary>
    Task<int> SendDueAsync(CancellationToken cancellationToken = default);
}

/// <summary>Selects due reminders, sends each through <see cref="IEmailSender"/> and logs it so it is never sent twice.</summary>
public sealed class ReminderService(
    IAppDbContext db,
    IEmailSender email,
    IEmailComposer composer,
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
            .Select(d => new SeasonDateItem(d.Id, d.Title, d.Date, d.Kind, d.Cycle, d.Notes))
            .ToListAsync(cancellationToken);
        var userIds = members.Select(m => m.UserId).ToList();
        var sent = (await db.ReminderLogs.AsNoTracking()
                .Where(r => userIds.Contains(r.UserId))
                .Select(r => new { r.UserId, r.ReminderKey })
                .ToListAsync(cancellationToken))
            .Select(r => (r.UserId, r.ReminderKey))
            .ToHashSet();

        var count = 0;
        foreach (var reminder in ReminderRules.Select(members, dates, sent, today))
        {
            var message = await composer.ComposeAsync(
                new EmailContent(
                    reminder.Email,
                    reminder.Subject,
                    reminder.Paragraphs,
                    new EmailAction(reminder.ActionText, links.Absolute(reminder.ActionPath)),
                    reminder.Reason),
                cancellationToken);

            // The log entry and the queued e-mail are saved together: the reminder is queued once, never twice.
            db.ReminderLogs.Add(new ReminderLog { UserId = reminder.UserId, ReminderKey = reminder.Key, SentAtUtc = now });
            await email.SendAsync(message, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Sent reminder {ReminderKey} to user {UserId}", reminder.Key, reminder.UserId);
            count++;
        }

        return count;
    }
}
