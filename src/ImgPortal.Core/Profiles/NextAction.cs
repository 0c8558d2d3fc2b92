using System.Globalization;

namespace ImgPortal.Core.Profiles;

/// <summary>Something the member should do next, and why the portal says so.</summary>
public sealed record NextAction(string Title, string Reason, string? GuidanceSlug);
