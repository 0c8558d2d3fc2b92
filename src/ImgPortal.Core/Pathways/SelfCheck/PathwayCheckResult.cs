namespace ImgPortal.Core.Pathways.SelfCheck;

/// <summary>One pathway checked against the answers.</summary>
public sealed record PathwayCheckResult(PathwayDetail Pathway, PathwayVerdict Verdict, IReadOnlyList<RequirementResult> Requirements)
{
    public int Missing => Requirements.Count(r => r.Check == RequirementCheck.Missing);

    public int Unknown => Requirements.Count(r => r.Check == RequirementCheck.Unknown);

    /// <summary>The verdict in a sentence, e.g. "Nothing we know of is missing, but 3 requirements cannot be judged."</summary>
    public string Explanation => Verdict switch
    {
        PathwayVerdict.Likely => "Every requirement we know of is met.",
        PathwayVerdict.NotYet => Missing == 1 ? "1 requirement is missing." : $"{Missing} requirements are missing.",
        _ => $"Nothing we know of is missing, but {(Unknown == 1 ? "1 requirement cannot" : $"{Unknown} requirements cannot")} be judged yet.",
    };
}
