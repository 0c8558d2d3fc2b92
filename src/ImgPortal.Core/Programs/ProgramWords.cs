using System.Globalization;
using System.Text;
using ImgPortal.Core.Profiles;

namespace ImgPortal.Core.Programs;

/// <summary>What readers see for a program's stated policies (pages and the shortlist CSV alike); unknown is said plainly.</summary>
public static class ProgramWords
{
    public const string CsvFileName = "program-shortlist.csv";

    public static string J1(ResidencyProgram p) => p.J1 switch
    {
        J1Policy.Accepts => "Accepts J-1",
        J1Policy.DoesNot => "Does not accept J-1",
        _ => "Unknown",
    };

    public static string H1b(ResidencyProgram p) => p.H1b switch
    {
        H1bPolicy.Sponsors => "Sponsors H-1B",
        H1bPolicy.DoesNot => "Does not sponsor H-1B",
        _ => "Unknown",
    };

    public static string YearsSinceGraduation(ResidencyProgram p) => p.YearsSinceGraduation switch
    {
        LimitPolicy.Limit when p.YearsSinceGraduationLimit is { } n => $"Within {n} years of graduation",
        LimitPolicy.NoLimit => "No limit",
        _ => "Unknown",
    };

    public static string ExamAttempts(ResidencyProgram p) => p.ExamAttempts switch
    {
        LimitPolicy.Limit when p.ExamAttemptsMax is 1 => "First attempt only",
        LimitPolicy.Limit when p.ExamAttemptsMax is { } n => $"At most {n} attempts",
        LimitPolicy.NoLimit => "No limit",
        _ => "Unknown",
    };

    public static string ClinicalExperience(ResidencyProgram p) => p.ClinicalExperience switch
    {
        ClinicalExperiencePolicy.Required => "Required",
        ClinicalExperiencePolicy.Preferred => "Preferred, not required",
        ClinicalExperiencePolicy.NotRequired => "Not required",
        _ => "Unknown",
    };

    public static string ScoreMinimums(ResidencyProgram p) => p.ScoreMinimums.Length > 0 ? p.ScoreMinimums : "Unknown";

    public static string Verdict(FitVerdict verdict) => verdict switch
    {
        FitVerdict.Fits => "Fits what it states",
        FitVerdict.DoesNotFit => "Does not fit",
        _ => "Unknown",
    };

    /// <summary>The member's shortlist as CSV (invariant culture, CRLF lines), each policy in words and the fit with its reasons.</summary>
    public static string ShortlistCsv(IEnumerable<ProgramListItem> items)
    {
        var csv = new StringBuilder();
        Line(csv, [
            "Program", "Specialty", "Sponsoring institution", "Area", "City", "Website", "J-1", "H-1B", "Years since graduation",
            "Exam attempts", "US clinical experience", "Score minimums", "Confirmed by the program", "Fits me", "Why or what to ask"]);
        foreach (var item in items)
        {
            var p = item.Program;
            var notes = item.Fit is null ? string.Empty
                : string.Join("; ", item.Fit.Policies.Where(f => f.Verdict != FitVerdict.Fits).Select(f => f.Note));
            Line(csv, [
                p.Name, p.Specialty, p.SponsoringInstitution, p.Area, p.City, p.Website, J1(p), H1b(p), YearsSinceGraduation(p),
                ExamAttempts(p), ClinicalExperience(p), ScoreMinimums(p),
                p.LastConfirmedByProgram?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "Not yet",
                item.Fit is null ? "Add your profile to compare" : Verdict(item.Fit.Verdict), notes]);
        }

        return csv.ToString();
    }

    private static void Line(StringBuilder csv, IEnumerable<string> fields) =>
        csv.Append(string.Join(',', fields.Select(MemberDirectoryService.Csv))).Append("\r\n");
}
