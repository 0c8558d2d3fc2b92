namespace ImgPortal.Core.Programs.Lca;

/// <summary>
/// Which rows of the disclosure file count as H-1B evidence for New York residency and fellowship programs
/// (ADR 0076): a certified H-1B case (CASE_STATUS "Certified", not "Certified - Withdrawn"), whose worksite is in
/// New York, for a physician occupation (SOC 29-1210 to 29-1249 in the 2018 SOC, or 29-1060 to 29-1069 in the
/// 2010 SOC some filings still use), whose job title or SOC title names a resident or fellow position.
/// </summary>
public static class LcaRowRule
{
    /// <summary>SOC code beginnings of physicians and surgeons (2018: 29-121x, 29-122x, 29-124x; 2010: 29-106x).</summary>
    public static readonly IReadOnlyList<string> PhysicianSocPrefixes = ["29-121", "29-122", "29-124", "29-106"];

    /// <summary>Words in a job or SOC title that name a trainee position.</summary>
    public static readonly IReadOnlyList<string> TraineeWords =
        ["RESIDENT", "RESIDENCY", "FELLOW", "FELLOWSHIP", "HOUSESTAFF", "HOUSE STAFF", "HOUSE OFFICER", "PGY", "INTERN"];

    public static bool Keeps(LcaRow row) =>
        IsCertified(row.CaseStatus)
        && IsH1B(row.VisaClass)
        && IsNewYork(row.WorksiteState)
        && IsPhysician(row.SocCode)
        && (NamesTrainee(row.JobTitle) || NamesTrainee(row.SocTitle));

    public static bool IsCertified(string status) => status.Trim().Equals("CERTIFIED", StringComparison.OrdinalIgnoreCase);

    /// <summary>"H-1B" only: H-1B1 (Chile, Singapore) and E-3 (Australia) are other visas.</summary>
    public static bool IsH1B(string visaClass) => visaClass.Trim().Equals("H-1B", StringComparison.OrdinalIgnoreCase);

    public static bool IsNewYork(string state)
    {
        var trimmed = state.Trim();
        return trimmed.Equals("NY", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("NEW YORK", StringComparison.OrdinalIgnoreCase);
    }

    public static bool IsPhysician(string socCode)
    {
        var code = socCode.Trim();
        return PhysicianSocPrefixes.Any(p => code.StartsWith(p, StringComparison.Ordinal));
    }

    /// <summary>True when a whole word (or phrase) of <see cref="TraineeWords"/> is in the title; "PGY-2" counts.</summary>
    public static bool NamesTrainee(string title)
    {
        var words = " " + EmployerNames.Words(title) + " ";
        return TraineeWords.Any(w => words.Contains(" " + w + " ", StringComparison.Ordinal))
            || words.Contains(" PGY", StringComparison.Ordinal);
    }

    /// <summary>The federal fiscal year of <paramref name="date"/>: October 1, 2024 is in fiscal year 2025.</summary>
    public static int FiscalYearOf(DateOnly date) => date.Month >= 10 ? date.Year + 1 : date.Year;
}
