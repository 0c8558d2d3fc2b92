namespace ImgPortal.Core.Mentoring.Requests;

/// <summary>A mentee's request for a mentor.</summary>
public enum RequestStatus
{
    /// <summary>Waiting for a mentor (again, after a proposal was declined or cancelled).</summary>
    Open,

    /// <summary>A mentor has been asked and has not answered yet.</summary>
    Proposed,

    /// <summary>A mentor accepted: the pairing is active.</summary>
    Matched,

    /// <summary>The pairing ended, or the member withdrew the request.</summary>
    Closed,
}
