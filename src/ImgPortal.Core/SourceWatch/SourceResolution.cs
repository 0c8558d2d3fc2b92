namespace ImgPortal.Core.SourceWatch;

/// <summary>How staff closed a <see cref="SourceReviewTask"/>.</summary>
public enum SourceResolution
{
    /// <summary>The citing items were changed to match the source.</summary>
    ContentUpdated,

    /// <summary>The citing items still agree with the source.</summary>
    NoChangeNeeded,
}
