namespace ImgPortal.Core.Programs.Lca;

/// <summary>
/// Certified H-1B LCAs for resident or fellow physicians in New York, counted for one employer in one fiscal year
/// (each case number once). Replaced wholesale when a file covering that fiscal year is imported again.
/// </summary>
public class LcaFiling
{
    public const int EmployerMaxLength = 200;

    public int Id { get; set; }

    /// <summary>Federal fiscal year of the decision (October 1 to September 30; FY 2025 began October 1, 2024).</summary>
    public int FiscalYear { get; set; }

    /// <summary>The employer's name as the file spells it (the first spelling met).</summary>
    public required string EmployerName { get; set; }

    /// <summary><see cref="EmployerNames.Normalize"/> of the name: the key that matches are remembered by.</summary>
    public required string NormalizedEmployer { get; set; }

    /// <summary>Distinct certified case numbers.</summary>
    public int Filings { get; set; }

    public int LcaImportId { get; set; }
}
