namespace ImgPortal.Core.Programs.Lca;

/// <summary>One fiscal year's certified H-1B filings for resident or fellow physicians at an institution.</summary>
/// <param name="ImportedAtUtc">When the file these counts came from was imported.</param>
public sealed record LcaEvidenceYear(int FiscalYear, int Filings, DateTime ImportedAtUtc);
