namespace ImgPortal.Core.Costs;

/// <summary>How a fee grows with what the person does (ADR 0073).</summary>
public enum FeeScaling
{
    /// <summary>Paid once.</summary>
    Once,

    /// <summary>Paid for each attempt at an exam.</summary>
    PerAttempt,

    /// <summary>Paid for each program in a price band (the band's first and last program), counted per specialty.</summary>
    PerProgram,

    /// <summary>Paid for each month.</summary>
    PerMonth,

    /// <summary>Paid for each licensing board or state.</summary>
    PerBoard,

    /// <summary>Paid for each program ranked beyond those the registration includes (the band says which).</summary>
    PerExtraRank,
}
