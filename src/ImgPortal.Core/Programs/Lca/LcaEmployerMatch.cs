namespace ImgPortal.Core.Programs.Lca;

/// <summary>
/// Staff's decision on one employer (by normalized name) ↔ sponsoring institution pair. Asked once: it is
/// remembered across imports, so a confirmed employer's filings show on the institution's programs every year
/// and a rejected pair is never suggested again.
/// </summary>
public class LcaEmployerMatch
{
    public const int NameMaxLength = 200;

    public int Id { get; set; }

    public required string NormalizedEmployer { get; set; }

    /// <summary>The institution's name as the program records spell it.</summary>
    public required string InstitutionName { get; set; }

    public required string NormalizedInstitution { get; set; }

    public LcaMatchDecision Decision { get; set; }

    public DateTime DecidedAtUtc { get; set; }

    public string? DecidedByUserId { get; set; }
}
