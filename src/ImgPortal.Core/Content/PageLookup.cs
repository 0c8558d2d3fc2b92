namespace ImgPortal.Core.Content;

/// <summary>
/// What the portal answers at a page's address: <see cref="Page"/> when visitors may see it; otherwise, for a
/// retired page, <see cref="Retired"/> with where staff send visitors now (<see cref="RedirectTo"/>, null for 410 Gone).
/// </summary>
public sealed record PageLookup(GuidancePageDetail? Page, bool Retired, string? RedirectTo);
