using System.Globalization;
using System.Text;

namespace ImgPortal.Core.Profiles;

/// <summary>One all-day event of a member's calendar.</summary>
public sealed record CalendarEvent(string Uid, string Title, DateOnly Date, string Description);
