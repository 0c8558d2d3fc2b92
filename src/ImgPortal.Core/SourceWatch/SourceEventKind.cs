namespace ImgPortal.Core.SourceWatch;

/// <summary>The events that open a <see cref="SourceReviewTask"/>.</summary>
public enum SourceEventKind
{
    /// <summary>The main text changed beyond <see cref="SourceWatchOptions.ChangeThreshold"/>.</summary>
    TextChanged,

    /// <summary>A permanent redirect (301, 308).</summary>
    MovedPermanently,

    /// <summary>Failed on <see cref="SourceWatchOptions.FailuresBeforeTask"/> checks in a row.</summary>
    Failing,
}
