namespace ImgPortal.Core.Mentoring.Pairings;

/// <summary>The states of a <see cref="Pairing"/>; see <see cref="Pairing"/> for the allowed transitions.</summary>
public enum PairingState
{
    Proposed,
    Accepted,
    Declined,
    Ended,
    Cancelled,

    /// <summary>The mentor did not answer in time; the request went back to staff.</summary>
    Expired,
}
