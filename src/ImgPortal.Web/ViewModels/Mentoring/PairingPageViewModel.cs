using ImgPortal.Core.Mentoring.Pairings;

namespace ImgPortal.Web.ViewModels.Mentoring;

/// <summary>The pairing page with its forms, each holding what was typed when it comes back with errors.</summary>
public sealed record PairingPageViewModel(PairingPage Page, AgreementInputModel Agreement, LogEntryInputModel Entry);
