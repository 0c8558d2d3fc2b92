namespace ImgPortal.Core.Mentoring;

/// <summary>The one rule for every reason given (declining, ending, pausing): trimmed, at most <see cref="MentoringLimits.Reason"/> characters.</summary>
public static class ReasonRules
{
    public static readonly string TooLong = $"Keep the reason to {MentoringLimits.Reason} characters; nothing was changed.";

    /// <summary>The trimmed reason, or null when it is longer than the limit.</summary>
    public static string? Clean(string? reason)
    {
        var trimmed = reason?.Trim() ?? string.Empty;
        return trimmed.Length > MentoringLimits.Reason ? null : trimmed;
    }
}
