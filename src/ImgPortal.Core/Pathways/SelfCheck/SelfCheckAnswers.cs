namespace ImgPortal.Core.Pathways.SelfCheck;

/// <summary>What a person tells the self-check about themselves. Never stored.</summary>
public sealed record SelfCheckAnswers
{
    public Answer EcfmgCertified { get; init; }

    /// <summary>Years of postgraduate training completed outside the US; null when not given.</summary>
    public int? YearsTrainingAbroad { get; init; }

    /// <summary>Years of licensed practice outside the US; null when not given.</summary>
    public int? YearsPracticeAbroad { get; init; }

    public bool PassedStep1 { get; init; }

    public bool PassedStep2Ck { get; init; }

    public bool PassedStep3 { get; init; }

    public Answer EnglishTestPassed { get; init; }

    public Answer UsJobOffer { get; init; }

    public ImmigrationAnswer Immigration { get; init; }

    /// <summary>State codes to check; empty means every state.</summary>
    public IReadOnlyList<string> States { get; init; } = [];
}
