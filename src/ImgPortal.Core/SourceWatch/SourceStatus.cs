namespace ImgPortal.Core.SourceWatch;

/// <summary>What the last check of a <see cref="TrackedSource"/> found.</summary>
public enum SourceStatus
{
    NotCheckedYet,

    /// <summary>Answered with text (the first time, unchanged, or changed less than the threshold).</summary>
    Ok,

    /// <summary>The text changed beyond the threshold: a review task is open.</summary>
    Changed,

    /// <summary>A permanent redirect (301, 308) to another address.</summary>
    Moved,

    /// <summary>404, 410, DNS, TLS, timeout, a refused address or a server error.</summary>
    Failing,

    /// <summary>The site's robots.txt forbids the portal's checker this address: not fetched.</summary>
    ForbiddenByRobots,

    /// <summary>Answered with something that is not text (a PDF, an image): its presence is checked, its text is not.</summary>
    NotText,
}
