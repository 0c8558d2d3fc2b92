namespace ImgPortal.Core.Programs.Lca;

/// <summary>A decided employer ↔ institution pair, for the staff page.</summary>
public sealed record LcaMatchRow(string NormalizedEmployer, string InstitutionName, LcaMatchDecision Decision, DateTime DecidedAtUtc);
