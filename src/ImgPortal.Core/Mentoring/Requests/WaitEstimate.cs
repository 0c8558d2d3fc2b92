namespace ImgPortal.Core.Mentoring.Requests;

/// <summary>How long members recently waited for a mentor, in words for the acknowledgement e-mail.</summary>
public static class WaitEstimate
{
    /// <summary>Requests matched within this many days make the estimate.</summary>
    public const int WindowDays = 180;

    /// <summary>Fewer recent matches than this and no estimate is given.</summary>
    public const int MinimumMatches = 3;

    /// <summary>The average wait of the recent matches, or null when there are too few to say.</summary>
    public static TimeSpan? Average(IReadOnlyCollection<TimeSpan> recentWaits) =>
        recentWaits.Count < MinimumMatches ? null : TimeSpan.FromTicks((long)recentWaits.Average(w => w.Ticks));

    public static string Describe(TimeSpan? average) => average switch
    {
        null => "We do not have enough recent matches to estimate the wait yet; staff will keep you informed.",
        { TotalDays: < 1 } => "Recently, members have been matched within a day on average.",
        { } wait when wait.TotalDays < 14 => $"Recently, members have waited about {Math.Ceiling(wait.TotalDays):0} days on average for a mentor.",
        { } wait => $"Recently, members have waited about {Math.Ceiling(wait.TotalDays / 7):0} weeks on average for a mentor.",
    };
}
