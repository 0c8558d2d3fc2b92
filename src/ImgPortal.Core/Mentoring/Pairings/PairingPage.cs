using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Agreements;
using ImgPortal.Core.Mentoring.Log;
using ImgPortal.Core.Mentoring.Requests;

namespace ImgPortal.Core.Mentoring.Pairings;

/// <summary>
/// One pairing as its mentor, its mentee or staff see it: the other person, the agreement, the shared log, and
/// what the viewer may do now (<see cref="CloseNeedsReason"/>: closing before the agreement's planned end). Once it
/// ended it is read-only for both sides: who closed it (<see cref="EndedBy"/>) and why are shown. <see cref="Feedback"/>
/// is filled for staff only: neither side ever sees the other's.
/// </summary>
public sealed record PairingPage(
    PairingView Pairing,
    PairingSide Viewer,
    PairingMentor Mentor,
    MenteeRequestDetails Request,
    string? OtherEmail,
    AgreementView? Agreement,
    PagedResult<LogEntryRow> Log,
    IReadOnlyList<CheckInRow> CheckIns,
    int DefaultMonths,
    bool FeedbackDue,
    bool CloseNeedsReason,
    PairingSide? EndedBy = null,
    IReadOnlyList<PairingFeedbackRow>? Feedback = null)
{
    public bool IsActive => Pairing.State == PairingState.Accepted;

    public bool IsParty => Viewer != PairingSide.Staff;

    public bool MayWriteLog => IsParty && IsActive;

    public bool MayAccept => Viewer == PairingSide.Mentor && Pairing.State == PairingState.Proposed;

    public bool MayProposeAgreement => Viewer == PairingSide.Mentor && IsActive && Agreement is not { IsConfirmed: true };

    public bool MayConfirmAgreement => Viewer == PairingSide.Member && IsActive && Agreement is { IsConfirmed: false };

    public bool MayEnd => IsActive;

    /// <summary>Either side may tell staff how it is going at any time while it is active.</summary>
    public bool MayGiveFeedback => IsParty && IsActive;

    /// <summary>The pairing ended: the page is a read-only record of it.</summary>
    public bool IsClosed => Pairing.State == PairingState.Ended;
}
