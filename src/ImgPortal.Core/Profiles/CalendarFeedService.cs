using System.Security.Cryptography;
using System.Text;
using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Profiles;

/// <summary>Secret per-member calendar addresses: random 256-bit tokens, stored hashed (ADR 0024).</summary>
public sealed class CalendarFeedService(
    IAppDbContext db, ICurrentUser currentUser, IRoadmapService roadmaps, ICalendarService calendar, TimeProvider clock)
    : ICalendarFeedService
{
    public async Task<bool> HasOwnAsync(CancellationToken cancellationToken = default)
    {
        var userId = RequireUserId();
        return await db.CalendarFeeds.AnyAsync(f => f.UserId == userId, cancellationToken);
    }

    public async Task<string> RenewOwnAsync(CancellationToken cancellationToken = default)
    {
        var userId = RequireUserId();
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var feed = await db.CalendarFeeds.SingleOrDefaultAsync(f => f.UserId == userId, cancellationToken);
        if (feed is null)
        {
            db.CalendarFeeds.Add(new CalendarFeed { UserId = userId, TokenHash = Hash(token), CreatedAtUtc = clock.GetUtcNow().UtcDateTime });
        }
        else
        {
            feed.TokenHash = Hash(token);
            feed.CreatedAtUtc = clock.GetUtcNow().UtcDateTime;
        }

        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    public async Task RevokeOwnAsync(CancellationToken cancellationToken = default)
    {
        var userId = RequireUserId();
        var feed = await db.CalendarFeeds.SingleOrDefaultAsync(f => f.UserId == userId, cancellationToken);
        if (feed is not null)
        {
            db.CalendarFeeds.Remove(feed);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task<string?> CalendarForTokenAsync(string token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return null;
        }

        var hash = Hash(token);
        var userId = await db.CalendarFeeds.AsNoTracking()
            .Where(f => f.TokenHash == hash)
            .Select(f => f.UserId)
            .SingleOrDefaultAsync(cancellationToken);
        if (userId is null)
        {
            return null;
        }

        var roadmap = await roadmaps.GetForAsync(userId, cancellationToken);
        return calendar.ToICalendar(calendar.EventsFor(roadmap));
    }

    public static string Hash(string token) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token))).ToLowerInvariant();

    private string RequireUserId() =>
        currentUser.UserId ?? throw new InvalidOperationException("A calendar address needs a signed-in member.");
}
