namespace ImgPortal.Core.Content.Editing;

/// <summary>Where a page stands for staff.</summary>
public enum PageState
{
    Published,
    Draft,
    Scheduled,
}
