using System.Security.Cryptography;
using System.Text;
using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Profiles;

public interface ICalendarFeedService
{
    /// <summary>Whether the signed-in member has a calendar address.</summary>
    Task<bool> HasOwnAsync(CancellationToken cancellationToken = default);

    /// <summary>Makes a new secret address for the signed-in member (the old one stops working); returns its token.</summary>
    Task<string> RenewOwnAsync(CancellationToken cancellationToken = default);

    /// <summary>Stops the signed-in member's calendar address working.</summary>
    Task RevokeOwnAsync(CancellationToken cancellationToken = default);

    /// <summary>The calendar text for a token, built from today's data; null when no feed has that token.</summary>
    Task<string?> CalendarForTokenAsync(string token, CancellationToken cancellationToken = default);
}
