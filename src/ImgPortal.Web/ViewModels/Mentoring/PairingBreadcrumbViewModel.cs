using ImgPortal.Core.Mentoring.Pairings;

namespace ImgPortal.Web.ViewModels.Mentoring;

/// <summary>
/// The breadcrumb of a pairing's pages: the viewer's way in (their mentoring, or staff's pairings list), then the
/// pairing; <paramref name="Here"/> names a step below the pairing's page (the pairing is then a link).
/// </summary>
public sealed record PairingBreadcrumbViewModel(PairingPage Page, string? Here = null);
