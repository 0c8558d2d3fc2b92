using ImgPortal.Core.Mentoring.Requests;

namespace ImgPortal.Core.Mentoring.Applications;

/// <summary>How long staff recently took to decide on an application to mentor, in words for the acknowledgement e-mail.</summary>
public static class ReviewEstimate
{
    /// <summary>Applications decided within this many days make the estimate.</summary>
    public const int WindowDays = WaitEstimate.WindowDays;

    /// <summary>The average review time, or null when too few applications were decided recently (<see cref="WaitEstimate.MinimumMatches"/>).</summary>
    public static TimeSpan? Average(IReadOnlyCollection<TimeSpan> recentReviews) => WaitEstimate.Average(recentReviews);

    public static string Describe(TimeSpan? average) => average switch
    {
        null => "Staff have decided too few applications recently for us to say how long a review takes; we will e-mail you as soon as they decide.",
        { TotalDays: < 1 } => "Recently, staff have decided on applications within a day on average.",
        { } review when review.TotalDays < 14 => $"Recently, staff have decided on applications in about {Math.Ceiling(review.TotalDays):0} days on average.",
        { } review => $"Recently, staff have decided on applications in about {Math.Ceiling(review.TotalDays / 7):0} weeks on average.",
    };
}
