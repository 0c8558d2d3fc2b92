namespace ImgPortal.Core.Profiles;

/// <summary>
/// A member's subscribable calendar: only the SHA-256 hash of its secret token is stored, so the database
/// never holds a working address. One per member; making a new one replaces (revokes) the old.
/// </summary>
public class CalendarFeed
{
    public const int TokenHashLength = 64;

    public required string UserId { get; set; }

    public required string TokenHash { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
