namespace ImgPortal.Core.Programs.Lca;

/// <summary>An employer of the imported filings and the sponsoring institution it most likely is, waiting for staff.</summary>
public sealed record LcaMatchSuggestion(string NormalizedEmployer, string EmployerName, int Filings, string InstitutionName);
