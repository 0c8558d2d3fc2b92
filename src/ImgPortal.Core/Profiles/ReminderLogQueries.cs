using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Profiles;

/// <summary>What the reminder log already holds, read the one way every sender of logged e-mails reads it.</summary>
public static class ReminderLogQueries
{
    /// <summary>
    /// The (user, key) pairs already sent to <paramref name="userIds"/>; with <paramref name="keyPrefix"/>, only the keys
    /// that start with it (one sender's own keys).
    /// </summary>
    public static async Task<HashSet<(string UserId, string ReminderKey)>> SentToAsync(
        this IQueryable<ReminderLog> logs, IReadOnlyCollection<string> userIds, string? keyPrefix, CancellationToken cancellationToken)
    {
        var query = logs.AsNoTracking().Where(r => userIds.Contains(r.UserId));
        if (keyPrefix is not null)
        {
            query = query.Where(r => r.ReminderKey.StartsWith(keyPrefix));
        }

        return (await query.Select(r => new { r.UserId, r.ReminderKey }).ToListAsync(cancellationToken))
            .Select(r => (r.UserId, r.ReminderKey))
            .ToHashSet();
    }
}
