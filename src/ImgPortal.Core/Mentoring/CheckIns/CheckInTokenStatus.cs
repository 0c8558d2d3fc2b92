namespace ImgPortal.Core.Mentoring.CheckIns;

/// <summary>What reading a signed answer link found.</summary>
public enum CheckInTokenStatus
{
    Valid,

    /// <summary>Not ours, changed, or unreadable.</summary>
    Invalid,

    /// <summary>Genuine but past its time limit.</summary>
    Expired,
}
