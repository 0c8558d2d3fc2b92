namespace ImgPortal.Core.Programs;

/// <summary>
/// One of a program's six stated policies, read generically: whether a source states it, its source line and its
/// checked date (the editor's checks, the seed test and the program page walk <see cref="All"/>).
/// </summary>
public sealed record ProgramPolicy(
    string Name,
    string Label,
    string SourceName,
    string CheckedOnName,
    Func<ResidencyProgram, bool> IsStated,
    Func<ResidencyProgram, string> Source,
    Func<ResidencyProgram, DateOnly?> CheckedOn,
    Action<ResidencyProgram, string, DateOnly?> SetSourceChecked)
{
    /// <summary>
    /// Moves the checked date of the policy's source lines citing <paramref name="normalizedUrl"/> and the policy's
    /// own checked date to <paramref name="on"/>, never back (a source review resolved, ADR 0084).
    /// </summary>
    public void MarkChecked(ResidencyProgram program, string normalizedUrl, DateOnly on) =>
        SetSourceChecked(
            program,
            SourceWatch.SourceUrls.MarkChecked(Source(program), normalizedUrl, on),
            CheckedOn(program) is { } checkedOn && checkedOn >= on ? checkedOn : on);

    public static readonly IReadOnlyList<ProgramPolicy> All =
    [
        new(nameof(ResidencyProgram.J1), "J-1 visa", nameof(ResidencyProgram.J1Source), nameof(ResidencyProgram.J1CheckedOn),
            p => p.J1 != J1Policy.Unknown, p => p.J1Source, p => p.J1CheckedOn, (p, s, d) => (p.J1Source, p.J1CheckedOn) = (s, d)),
        new(nameof(ResidencyProgram.H1b), "H-1B visa", nameof(ResidencyProgram.H1bSource), nameof(ResidencyProgram.H1bCheckedOn),
            p => p.H1b != H1bPolicy.Unknown, p => p.H1bSource, p => p.H1bCheckedOn, (p, s, d) => (p.H1bSource, p.H1bCheckedOn) = (s, d)),
        new(nameof(ResidencyProgram.YearsSinceGraduation), "Years since graduation", nameof(ResidencyProgram.YearsSinceGraduationSource), nameof(ResidencyProgram.YearsSinceGraduationCheckedOn),
            p => p.YearsSinceGraduation != LimitPolicy.Unknown, p => p.YearsSinceGraduationSource, p => p.YearsSinceGraduationCheckedOn, (p, s, d) => (p.YearsSinceGraduationSource, p.YearsSinceGraduationCheckedOn) = (s, d)),
        new(nameof(ResidencyProgram.ExamAttempts), "Exam attempts", nameof(ResidencyProgram.ExamAttemptsSource), nameof(ResidencyProgram.ExamAttemptsCheckedOn),
            p => p.ExamAttempts != LimitPolicy.Unknown, p => p.ExamAttemptsSource, p => p.ExamAttemptsCheckedOn, (p, s, d) => (p.ExamAttemptsSource, p.ExamAttemptsCheckedOn) = (s, d)),
        new(nameof(ResidencyProgram.ClinicalExperience), "US clinical experience", nameof(ResidencyProgram.ClinicalExperienceSource), nameof(ResidencyProgram.ClinicalExperienceCheckedOn),
            p => p.ClinicalExperience != ClinicalExperiencePolicy.Unknown, p => p.ClinicalExperienceSource, p => p.ClinicalExperienceCheckedOn, (p, s, d) => (p.ClinicalExperienceSource, p.ClinicalExperienceCheckedOn) = (s, d)),
        new(nameof(ResidencyProgram.ScoreMinimums), "Score minimums", nameof(ResidencyProgram.ScoreMinimumsSource), nameof(ResidencyProgram.ScoreMinimumsCheckedOn),
            p => p.ScoreMinimums.Length > 0, p => p.ScoreMinimumsSource, p => p.ScoreMinimumsCheckedOn, (p, s, d) => (p.ScoreMinimumsSource, p.ScoreMinimumsCheckedOn) = (s, d)),
    ];
}
