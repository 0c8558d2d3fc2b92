using ImgPortal.Core.Programs.Confirmations;

namespace ImgPortal.Web.Areas.Staff.ViewModels.ProgramConfirmations;

/// <summary>How the staff pages word a confirmation link's state.</summary>
public static class ProgramConfirmationWords
{
    /// <summary>The state of a link in words; <paramref name="open"/> is whether a sent link can still be answered.</summary>
    public static string Status(ProgramConfirmationStatus status, bool open) => status switch
    {
        ProgramConfirmationStatus.Sent => open ? "Waiting for an answer" : "Expired unanswered",
        ProgramConfirmationStatus.Confirmed => "Confirmed as it was",
        ProgramConfirmationStatus.Proposed => "Changes proposed",
        ProgramConfirmationStatus.Accepted => "Changes accepted",
        ProgramConfirmationStatus.Rejected => "Changes rejected",
        ProgramConfirmationStatus.Replaced => "Replaced by a newer link",
        _ => status.ToString(),
    };
}
