namespace ImgPortal.Core.Programs.Lca;

/// <summary>What staff said about a suggested employer ↔ sponsoring institution match.</summary>
public enum LcaMatchDecision
{
    Confirmed,
    Rejected,
}
