using System.Globalization;

namespace ImgPortal.Core.Profiles;

/// <summary>
/// Something the member should do next, and why the portal says so. It links to <see cref="Path"/> (the
/// page that does it, e.g. <c>/mentoring/request</c>) when set, else to the guidance page, at <see cref="Anchor"/>
/// (the section on that page) when one is known.
/// </summary>
public sealed record NextAction(string Title, string Reason, string? GuidanceSlug, string? Path = null, string? Anchor = null)
{
    public string? Href => Path ?? (GuidanceSlug is null ? null : "/" + GuidanceSlug + (Anchor is null ? string.Empty : "#" + Anchor));
}
