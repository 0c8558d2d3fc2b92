namespace ImgPortal.Core.Programs.Lca;

/// <summary>The government evidence of H-1B sponsorship shown on a program's page (ADR 0076).</summary>
public interface ILcaEvidence
{
    /// <summary>
    /// Filings per fiscal year, newest first, of the employers staff confirmed as <paramref name="institutionName"/>;
    /// empty when no employer is confirmed for it (then the page shows nothing).
    /// </summary>
    Task<IReadOnlyList<LcaEvidenceYear>> ForInstitutionAsync(string institutionName, CancellationToken cancellationToken = default);
}
