using System.Linq.Expressions;
using ImgPortal.Core.Mentoring.Applications;
using ImgPortal.Core.Mentoring.Requests;

namespace ImgPortal.Core.Mentoring.Pairings;

/// <summary>
/// A mentor paired with a mentee's request. A small state machine, pure (no database):
/// <code>
/// Proposed ──Accept──► Accepted ──End──► Ended
///    │ └──Decline──► Declined
///    ├────Cancel───► Cancelled
///    └────Expire───► Expired
/// </code>
/// Every other transition throws <see cref="PairingTransitionException"/>. Proposed and Accepted pairings
/// hold one of the mentor's places (<see cref="HoldsPlace"/>).
/// </summary>
public class Pairing
{
    public int Id { get; set; }

    public int MentorId { get; set; }

    public Mentor? Mentor { get; set; }

    public int MenteeRequestId { get; set; }

    public MenteeRequest? Request { get; set; }

    public PairingState State { get; private set; } = PairingState.Proposed;

    public DateTime ProposedAtUtc { get; set; }

    public DateTime? RespondedAtUtc { get; private set; }

    public DateTime? EndedAtUtc { get; private set; }

    public PairingSide? EndedBy { get; private set; }

    /// <summary>The longest reason a person may give: the validation, both schemas and the form's <c>maxlength</c>.</summary>
    public const int MaxReasonLength = MentoringLimits.Reason;

    /// <summary>The mentor's reason for declining, or the reason given when ending or cancelling.</summary>
    public string Reason { get; private set; } = string.Empty;

    public List<PairingFeedback> Feedback { get; set; } = [];

    /// <summary>The states that take one of the mentor's places.</summary>
    public static readonly IReadOnlyList<PairingState> PlaceHoldingStates = [PairingState.Proposed, PairingState.Accepted];

    public bool HoldsPlace => State is PairingState.Proposed or PairingState.Accepted;

    /// <summary>
    /// <see cref="HoldsPlace"/> for queries, the one place it is written: <c>db.Pairings.Where(Pairing.HoldsAPlace)</c>,
    /// or <c>m.Pairings.AsQueryable().Count(Pairing.HoldsAPlace)</c> inside a projection (translated as the same SQL).
    /// </summary>
    public static readonly Expression<Func<Pairing, bool>> HoldsAPlace = p => p.State == PairingState.Proposed || p.State == PairingState.Accepted;

    /// <summary>The mentor says yes: the pairing becomes active.</summary>
    public void Accept(DateTime nowUtc)
    {
        Require(PairingState.Proposed, PairingState.Accepted);
        State = PairingState.Accepted;
        RespondedAtUtc = nowUtc;
    }

    /// <summary>The mentor says no; the request goes back to staff.</summary>
    public void Decline(DateTime nowUtc, string? reason)
    {
        Require(PairingState.Proposed, PairingState.Declined);
        State = PairingState.Declined;
        RespondedAtUtc = nowUtc;
        Reason = reason?.Trim() ?? string.Empty;
    }

    /// <summary>Staff (or the member) withdraw a proposal the mentor has not answered.</summary>
    public void Cancel(DateTime nowUtc, string? reason)
    {
        Require(PairingState.Proposed, PairingState.Cancelled);
        State = PairingState.Cancelled;
        EndedAtUtc = nowUtc;
        Reason = reason?.Trim() ?? string.Empty;
    }

    /// <summary>Nobody answered in time: the proposal lapses and frees the mentor's place.</summary>
    public void Expire(DateTime nowUtc)
    {
        Require(PairingState.Proposed, PairingState.Expired);
        State = PairingState.Expired;
        EndedAtUtc = nowUtc;
        Reason = "No answer in time.";
    }

    /// <summary>Either side, or staff, end an active pairing.</summary>
    public void End(DateTime nowUtc, PairingSide by, string? reason)
    {
        Require(PairingState.Accepted, PairingState.Ended);
        State = PairingState.Ended;
        EndedAtUtc = nowUtc;
        EndedBy = by;
        Reason = reason?.Trim() ?? string.Empty;
    }

    private void Require(PairingState from, PairingState to)
    {
        if (State != from)
        {
            throw new PairingTransitionException(State, to);
        }
    }
}
