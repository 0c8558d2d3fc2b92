using ImgPortal.Core.Profiles;

namespace ImgPortal.Core.Programs;

/// <summary>What a member's profile says, as the fit rules read it (<see cref="ProgramFit"/>).</summary>
/// <param name="VisaNeed">The visa she needs for residency.</param>
/// <param name="GraduationYear">Her medical school graduation year; null when her profile does not say.</param>
/// <param name="HasFailedAttempt">Whether her profile records a failed exam attempt (USMLE Step 1).</param>
/// <param name="ClinicalExperienceMonths">Months of US clinical experience.</param>
public sealed record FitProfile(VisaNeed VisaNeed, int? GraduationYear, bool HasFailedAttempt, int ClinicalExperienceMonths)
{
    public static FitProfile From(ImgProfile profile) =>
        new(profile.VisaNeed, profile.GraduationYear, profile.Step1Result == ExamResult.Failed, profile.ClinicalExperienceMonths);
}

/// <summary>How one stated policy compares with a profile.</summary>
public enum FitVerdict
{
    /// <summary>No source states the policy, or the profile cannot answer it: never a fit and never a misfit.</summary>
    Unknown = 0,
    Fits = 1,
    DoesNotFit = 2,
}

/// <summary>One policy's verdict with the reason (for a misfit) or the question to ask the program (for an unknown).</summary>
public sealed record PolicyFit(string Policy, FitVerdict Verdict, string Note);

/// <summary>A program's overall verdict: a misfit when any stated policy rules her out, else unknown when any is unknown.</summary>
public sealed record ProgramFitResult(FitVerdict Verdict, IReadOnlyList<PolicyFit> Policies)
{
    public IEnumerable<string> Reasons => Policies.Where(p => p.Verdict == FitVerdict.DoesNotFit).Select(p => p.Note);

    public IEnumerable<string> Questions => Policies.Where(p => p.Verdict == FitVerdict.Unknown).Select(p => p.Note);
}

/// <summary>
/// "Fits me": compares a program's stated policies (visa, years since graduation, exam attempts, US clinical
/// experience) with a member's profile. A policy no source states is unknown, with what to ask the program; it is
/// never counted as a fit or a misfit. Score minimums are free text and are shown, not judged.
/// </summary>
public static class ProgramFit
{
    public static ProgramFitResult Judge(ResidencyProgram program, FitProfile profile, int currentYear)
    {
        PolicyFit[] policies =
        [
            Visa(program, profile),
            YearsSinceGraduation(program, profile, currentYear),
            ExamAttempts(program, profile),
            ClinicalExperience(program, profile),
        ];
        var verdict = policies.Any(p => p.Verdict == FitVerdict.DoesNotFit) ? FitVerdict.DoesNotFit
            : policies.Any(p => p.Verdict == FitVerdict.Unknown) ? FitVerdict.Unknown
            : FitVerdict.Fits;
        return new ProgramFitResult(verdict, policies);
    }

    public static PolicyFit Visa(ResidencyProgram program, FitProfile profile) => profile.VisaNeed switch
    {
        VisaNeed.J1 => program.J1 switch
        {
            J1Policy.Accepts => new("Visa", FitVerdict.Fits, "Accepts J-1, the visa you need."),
            J1Policy.DoesNot => new("Visa", FitVerdict.DoesNotFit, "Does not accept J-1, the visa you need."),
            _ => new("Visa", FitVerdict.Unknown, "Ask whether the program accepts residents on a J-1 visa."),
        },
        VisaNeed.H1B => program.H1b switch
        {
            H1bPolicy.Sponsors => new("Visa", FitVerdict.Fits, "Sponsors H-1B, the visa you need."),
            H1bPolicy.DoesNot => new("Visa", FitVerdict.DoesNotFit, "Does not sponsor H-1B, the visa you need."),
            _ => new("Visa", FitVerdict.Unknown, "Ask whether the program sponsors H-1B visas for residents."),
        },
        _ => new("Visa", FitVerdict.Fits, "You need no visa."),
    };

    public static PolicyFit YearsSinceGraduation(ResidencyProgram program, FitProfile profile, int currentYear)
    {
        const string Name = "Years since graduation";
        if (program.YearsSinceGraduation == LimitPolicy.NoLimit)
        {
            return new(Name, FitVerdict.Fits, "States no limit on years since graduation.");
        }

        if (program.YearsSinceGraduation != LimitPolicy.Limit || program.YearsSinceGraduationLimit is not { } limit)
        {
            return new(Name, FitVerdict.Unknown, "Ask whether the program limits the years since medical school graduation.");
        }

        if (profile.GraduationYear is not { } year)
        {
            return new(Name, FitVerdict.Unknown, $"The program accepts graduates of the last {limit} years; add your graduation year to your profile to compare.");
        }

        var since = Math.Max(0, currentYear - year);
        return since <= limit
            ? new(Name, FitVerdict.Fits, $"You graduated {since} years ago; the program's limit is {limit}.")
            : new(Name, FitVerdict.DoesNotFit, $"You graduated {since} years ago; the program accepts graduates of the last {limit} years.");
    }

    public static PolicyFit ExamAttempts(ResidencyProgram program, FitProfile profile)
    {
        const string Name = "Exam attempts";
        if (program.ExamAttempts == LimitPolicy.NoLimit)
        {
            return new(Name, FitVerdict.Fits, "States no limit on exam attempts.");
        }

        if (program.ExamAttempts != LimitPolicy.Limit || program.ExamAttemptsMax is not { } max)
        {
            return new(Name, FitVerdict.Unknown, "Ask whether the program accepts applicants who needed more than one attempt at an exam.");
        }

        if (!profile.HasFailedAttempt)
        {
            return new(Name, FitVerdict.Fits, "Your profile records no failed attempt.");
        }

        return max <= 1
            ? new(Name, FitVerdict.DoesNotFit, "The program accepts only first-attempt passes; your profile records a failed attempt.")
            : new(Name, FitVerdict.Unknown, $"The program accepts up to {max} attempts; ask whether your attempts count within that.");
    }

    public static PolicyFit ClinicalExperience(ResidencyProgram program, FitProfile profile)
    {
        const string Name = "US clinical experience";
        return program.ClinicalExperience switch
        {
            ClinicalExperiencePolicy.NotRequired => new(Name, FitVerdict.Fits, "US clinical experience is not required."),
            ClinicalExperiencePolicy.Preferred => new(Name, FitVerdict.Fits, "US clinical experience is preferred, not required."),
            ClinicalExperiencePolicy.Required when profile.ClinicalExperienceMonths > 0 =>
                new(Name, FitVerdict.Fits, $"Requires US clinical experience; your profile records {profile.ClinicalExperienceMonths} months."),
            ClinicalExperiencePolicy.Required => new(Name, FitVerdict.DoesNotFit, "Requires US clinical experience; your profile records none."),
            _ => new(Name, FitVerdict.Unknown, "Ask whether the program requires US clinical experience, and how many months."),
        };
    }
}
