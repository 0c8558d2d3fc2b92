namespace ImgPortal.Core.Pathways.SelfCheck;

/// <summary>Whether a pathway may fit: every required item met (likely), one missing (not yet), or not enough known.</summary>
public enum PathwayVerdict
{
    Likely,
    NotYet,
    Unknown,
}
