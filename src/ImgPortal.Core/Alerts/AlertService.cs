using System.Globalization;
using ImgPortal.Core.Common;
using ImgPortal.Core.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ImgPortal.Core.Alerts;

/// <summary>
/// Finds, for each member who follows something and has not turned alerts off, the published changes they follow
/// and have not been sent, and queues them in the outbox (<see cref="IEmailOutbox"/>), laid out later in the portal's e-mail
/// template: one e-mail per change, or one digest a week. Each change's <see cref="ReminderLog"/> row (key
/// <c>change:{id}</c>, unique per member) is saved with its e-mail, so a change goes to a member at most once
/// (ADR 0078). Deleted accounts have no settings (cascade) and unconfirmed addresses get nothing.
/// </summary>
public sealed class AlertService(
    IAppDbContext db,
    IEmailOutbox outbox,
    IPortalLinks links,
    IUnsubscribeTokens tokens,
    IOptions<AlertOptions> options,
    TimeProvider clock,
    ILogger<AlertService> logger) : IAlertService
{
    public const string KeyPrefix = "change:";

    /// <summary>How long a digest waits after the last one.</summary>
    public static readonly TimeSpan DigestEvery = TimeSpan.FromDays(7);

    public static string KeyOf(int changeId) => KeyPrefix + changeId.ToString(CultureInfo.InvariantCulture);

    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var followers = await db.AlertSubscriptions.AsNoTracking()
            .Where(s => s.Delivery != AlertDelivery.Off)
            .Join(db.MemberAccounts.Where(a => a.EmailConfirmed), s => s.UserId, a => a.UserId, (s, a) => new { Subscription = s, a.Email })
            .ToListAsync(cancellationToken);
        if (followers.Count == 0)
        {
            return 0;
        }

        var since = followers.Min(f => f.Subscription.FollowingSinceUtc);
        var changes = await db.ChangeLogEntries.AsNoTracking()
            .Where(e => e.PublishedAtUtc > since && e.PublishedAtUtc <= now)
            .OrderBy(e => e.PublishedAtUtc).ThenBy(e => e.Id)
            .Select(e => new ChangeRow(e.Id, e.Topic, e.State, e.Title, e.Summary, e.Link, e.PublishedAtUtc))
            .ToListAsync(cancellationToken);

        var count = 0;
        foreach (var follower in followers)
        {
            var subscription = follower.Subscription;
            var userId = subscription.UserId;
            var sent = (await db.ReminderLogs.AsNoTracking()
                    .Where(r => r.UserId == userId && r.ReminderKey.StartsWith(KeyPrefix))
                    .Select(r => r.ReminderKey)
                    .ToListAsync(cancellationToken))
                .ToHashSet(StringComparer.Ordinal);
            var shortlist = subscription.TopicKeys.Contains(ChangeTopics.Programs.Key)
                ? await ShortlistLinksAsync(userId, cancellationToken)
                : null;
            var due = changes
                .Where(c => c.PublishedAtUtc > subscription.FollowingSinceUtc && subscription.Follows(c.Topic, c.State, c.Link, shortlist) && !sent.Contains(KeyOf(c.Id)))
                .ToList();
            if (subscription.Delivery == AlertDelivery.EachChange)
            {
                foreach (var change in due)
                {
                    await QueueAsync(userId, follower.Email, [change], now, digestSince: null, cancellationToken);
                    count++;
                }
            }
            else if ((subscription.LastDigestAtUtc ?? subscription.FollowingSinceUtc) + DigestEvery <= now)
            {
                var since7 = subscription.LastDigestAtUtc ?? subscription.FollowingSinceUtc;
                if (due.Count > 0)
                {
                    await QueueAsync(userId, follower.Email, due, now, since7, cancellationToken);
                    count++;
                }
                else
                {
                    await MarkDigestAsync(userId, now, cancellationToken);
                }
            }
        }

        return count;
    }

    /// <summary>The public paths of the programs on the member's shortlist, as program change entries link to them.</summary>
    private async Task<IReadOnlySet<string>> ShortlistLinksAsync(string userId, CancellationToken cancellationToken) =>
        (await db.ShortlistedPrograms.AsNoTracking()
            .Where(s => s.UserId == userId)
            .Join(db.Programs, s => s.ProgramId, p => p.Id, (s, p) => p.Key)
            .ToListAsync(cancellationToken))
        .Select(ChangeTopics.ProgramLink)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>One e-mail with its log rows (and the digest's date), in one save.</summary>
    private async Task QueueAsync(
        string userId, string address, List<ChangeRow> changes, DateTime now, DateTime? digestSince, CancellationToken cancellationToken)
    {
        var unsubscribe = links.Absolute("/alerts/unsubscribe?token=" + Uri.EscapeDataString(
            tokens.Sign(userId, now.AddDays(options.Value.UnsubscribeLinkDays))));
        foreach (var change in changes)
        {
            db.ReminderLogs.Add(new ReminderLog { UserId = userId, ReminderKey = KeyOf(change.Id), SentAtUtc = now });
        }

        if (digestSince is not null)
        {
            await MarkDigestAsync(userId, now, cancellationToken, save: false);
        }

        outbox.Queue(Content(address, changes, digestSince, unsubscribe));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Queued a change alert of {ChangeCount} change(s) to user {UserId}", changes.Count, userId);
    }

    private async Task MarkDigestAsync(string userId, DateTime now, CancellationToken cancellationToken, bool save = true)
    {
        var subscription = await db.AlertSubscriptions.SingleAsync(s => s.UserId == userId, cancellationToken);
        subscription.LastDigestAtUtc = now;
        if (save)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private EmailContent Content(string address, List<ChangeRow> changes, DateTime? digestSince, Uri unsubscribe)
    {
        const string reason = "You follow these changes on your ImgPortal alerts page (/alerts), where you can change or stop them.";
        if (digestSince is null)
        {
            var change = changes[0];
            return new EmailContent(
                address,
                $"Updated: {change.Title}",
                [
                    $"Our staff published a change to \"{change.Title}\" ({Topic(change)}) on {Day(change.PublishedAtUtc)}.",
                    $"What changed: {change.Summary}",
                ],
                new EmailAction("See what changed", links.Absolute(change.Link)),
                reason,
                Unsubscribe: unsubscribe);
        }

        var paragraphs = new List<string>
        {
            $"{changes.Count} change{(changes.Count == 1 ? string.Empty : "s")} you follow {(changes.Count == 1 ? "was" : "were")} published since {Day(digestSince.Value)}:",
        };
        paragraphs.AddRange(changes.Select(c => $"{Day(c.PublishedAtUtc)}, {c.Title} ({Topic(c)}): {c.Summary} {links.Absolute(c.Link)}"));
        return new EmailContent(
            address,
            $"Your weekly ImgPortal changes: {changes.Count} update{(changes.Count == 1 ? string.Empty : "s")}",
            paragraphs,
            new EmailAction("See all recent changes", links.Absolute("/changes")),
            reason,
            Unsubscribe: unsubscribe);
    }

    private static string Topic(ChangeRow change) =>
        change.State is { } state ? $"{change.TopicName}, {UsStates.NameOf(state)}" : change.TopicName;

    private static string Day(DateTime utc) => utc.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
}
