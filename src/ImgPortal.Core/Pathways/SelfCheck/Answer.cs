namespace ImgPortal.Core.Pathways.SelfCheck;

/// <summary>A yes-or-no answer the person may not know.</summary>
public enum Answer
{
    NotSure,
    Yes,
    No,
}
