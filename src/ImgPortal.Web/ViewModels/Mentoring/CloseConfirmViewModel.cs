using ImgPortal.Core.Mentoring.Pairings;

namespace ImgPortal.Web.ViewModels.Mentoring;

/// <summary>The "are you sure?" step before a pairing closes, with the reason typed so far.</summary>
public sealed record CloseConfirmViewModel(PairingPage Page, string? Reason);
