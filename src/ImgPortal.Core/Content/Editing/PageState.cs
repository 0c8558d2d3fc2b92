namespace ImgPortal.Core.Content.Editing;

/// <summary>Where a page stands for staff.</summary>
public enum PageState
{
    Published,
    Draft,
    Scheduled,

    /// <summary>Created by staff and never published: visitors see nothing yet.</summary>
    NotYetPublished,

    /// <summary>Taken down: visitors get 410 Gone or are sent elsewhere.</summary>
    Retired,
}
