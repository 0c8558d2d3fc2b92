using ImgPortal.Core.Profiles;
using ImgPortal.Core.Programs;

namespace ImgPortal.UnitTests.Programs;

/// <summary>Every stated policy against every profile answer; an unknown policy is never a fit and never a misfit.</summary>
public sealed class ProgramFitTests
{
    private const int Year = 2026;

    public static TheoryData<VisaNeed, J1Policy, H1bPolicy, FitVerdict> VisaCases => new()
    {
        { VisaNeed.None, J1Policy.Unknown, H1bPolicy.Unknown, FitVerdict.Fits },
        { VisaNeed.None, J1Policy.DoesNot, H1bPolicy.DoesNot, FitVerdict.Fits },
        { VisaNeed.J1, J1Policy.Accepts, H1bPolicy.Unknown, FitVerdict.Fits },
        { VisaNeed.J1, J1Policy.DoesNot, H1bPolicy.Sponsors, FitVerdict.DoesNotFit },
        { VisaNeed.J1, J1Policy.Unknown, H1bPolicy.Sponsors, FitVerdict.Unknown },
        { VisaNeed.H1B, J1Policy.Unknown, H1bPolicy.Sponsors, FitVerdict.Fits },
        { VisaNeed.H1B, J1Policy.Accepts, H1bPolicy.DoesNot, FitVerdict.DoesNotFit },
        { VisaNeed.H1B, J1Policy.Accepts, H1bPolicy.Unknown, FitVerdict.Unknown },
    };

    [Theory]
    [MemberData(nameof(VisaCases))]
    public void Visa_EachNeedAgainstEachPolicy_GivesItsVerdict(VisaNeed need, J1Policy j1, H1bPolicy h1b, FitVerdict expected)
    {
        var program = new ResidencyProgram { J1 = j1, H1b = h1b };

        var fit = ProgramFit.Visa(program, Profile(visa: need));

        Assert.Equal(expected, fit.Verdict);
    }

    public static TheoryData<LimitPolicy, int?, int?, FitVerdict> YearsCases => new()
    {
        { LimitPolicy.Limit, 5, 2022, FitVerdict.Fits },
        { LimitPolicy.Limit, 5, 2021, FitVerdict.Fits },
        { LimitPolicy.Limit, 5, 2020, FitVerdict.DoesNotFit },
        { LimitPolicy.Limit, 5, null, FitVerdict.Unknown },
        { LimitPolicy.Limit, 0, 2027, FitVerdict.Fits },
        { LimitPolicy.NoLimit, null, 1990, FitVerdict.Fits },
        { LimitPolicy.NoLimit, null, null, FitVerdict.Fits },
        { LimitPolicy.Unknown, null, 2022, FitVerdict.Unknown },
        { LimitPolicy.Unknown, null, null, FitVerdict.Unknown },
    };

    [Theory]
    [MemberData(nameof(YearsCases))]
    public void YearsSinceGraduation_EachPolicyAgainstEachGraduationYear_GivesItsVerdict(LimitPolicy policy, int? limit, int? graduated, FitVerdict expected)
    {
        var program = new ResidencyProgram { YearsSinceGraduation = policy, YearsSinceGraduationLimit = limit };

        var fit = ProgramFit.YearsSinceGraduation(program, Profile(graduated: graduated), Year);

        Assert.Equal(expected, fit.Verdict);
    }

    public static TheoryData<LimitPolicy, int?, bool, FitVerdict> AttemptCases => new()
    {
        { LimitPolicy.Limit, 1, false, FitVerdict.Fits },
        { LimitPolicy.Limit, 1, true, FitVerdict.DoesNotFit },
        { LimitPolicy.Limit, 2, false, FitVerdict.Fits },
        { LimitPolicy.Limit, 2, true, FitVerdict.Unknown },
        { LimitPolicy.NoLimit, null, true, FitVerdict.Fits },
        { LimitPolicy.NoLimit, null, false, FitVerdict.Fits },
        { LimitPolicy.Unknown, null, true, FitVerdict.Unknown },
        { LimitPolicy.Unknown, null, false, FitVerdict.Unknown },
    };

    [Theory]
    [MemberData(nameof(AttemptCases))]
    public void ExamAttempts_EachPolicyAgainstAFailedAttemptOrNone_GivesItsVerdict(LimitPolicy policy, int? max, bool failed, FitVerdict expected)
    {
        var program = new ResidencyProgram { ExamAttempts = policy, ExamAttemptsMax = max };

        var fit = ProgramFit.ExamAttempts(program, Profile(failed: failed));

        Assert.Equal(expected, fit.Verdict);
    }

    public static TheoryData<ClinicalExperiencePolicy, int, FitVerdict> ClinicalCases => new()
    {
        { ClinicalExperiencePolicy.Required, 0, FitVerdict.DoesNotFit },
        { ClinicalExperiencePolicy.Required, 3, FitVerdict.Fits },
        { ClinicalExperiencePolicy.Preferred, 0, FitVerdict.Fits },
        { ClinicalExperiencePolicy.Preferred, 3, FitVerdict.Fits },
        { ClinicalExperiencePolicy.NotRequired, 0, FitVerdict.Fits },
        { ClinicalExperiencePolicy.NotRequired, 3, FitVerdict.Fits },
        { ClinicalExperiencePolicy.Unknown, 0, FitVerdict.Unknown },
        { ClinicalExperiencePolicy.Unknown, 3, FitVerdict.Unknown },
    };

    [Theory]
    [MemberData(nameof(ClinicalCases))]
    public void ClinicalExperience_EachPolicyAgainstMonths_GivesItsVerdict(ClinicalExperiencePolicy policy, int months, FitVerdict expected)
    {
        var program = new ResidencyProgram { ClinicalExperience = policy };

        var fit = ProgramFit.ClinicalExperience(program, Profile(months: months));

        Assert.Equal(expected, fit.Verdict);
    }

    [Fact]
    public void Judge_EveryPolicyUnknown_IsUnknownWithAQuestionForEachAndNoReason()
    {
        var result = ProgramFit.Judge(new ResidencyProgram(), Profile(visa: VisaNeed.J1), Year);

        Assert.Equal(FitVerdict.Unknown, result.Verdict);
        Assert.Empty(result.Reasons);
        Assert.Equal(4, result.Questions.Count());
        Assert.All(result.Questions, q => Assert.StartsWith("Ask", q, StringComparison.Ordinal));
    }

    [Fact]
    public void Judge_OneMisfitAmongUnknowns_DoesNotFitAndStillListsTheUnknowns()
    {
        var program = new ResidencyProgram { H1b = H1bPolicy.DoesNot };

        var result = ProgramFit.Judge(program, Profile(visa: VisaNeed.H1B), Year);

        Assert.Equal(FitVerdict.DoesNotFit, result.Verdict);
        Assert.Equal(["Does not sponsor H-1B, the visa you need."], result.Reasons);
        Assert.Equal(3, result.Questions.Count());
    }

    [Fact]
    public void Judge_EveryPolicyStatedAndMet_Fits()
    {
        var program = new ResidencyProgram
        {
            H1b = H1bPolicy.Sponsors,
            YearsSinceGraduation = LimitPolicy.Limit,
            YearsSinceGraduationLimit = 5,
            ExamAttempts = LimitPolicy.NoLimit,
            ClinicalExperience = ClinicalExperiencePolicy.NotRequired,
        };

        var result = ProgramFit.Judge(program, Profile(visa: VisaNeed.H1B, graduated: Year - 4), Year);

        Assert.Equal(FitVerdict.Fits, result.Verdict);
        Assert.Empty(result.Questions);
    }

    [Fact]
    public void From_Profile_ReadsVisaGraduationAFailedStep1AndMonths()
    {
        var profile = new ImgProfile { UserId = "u", VisaNeed = VisaNeed.H1B, GraduationYear = 2021, Step1Result = ExamResult.Failed, ClinicalExperienceMonths = 4 };

        Assert.Equal(new FitProfile(VisaNeed.H1B, 2021, true, 4), FitProfile.From(profile));
    }

    private static FitProfile Profile(VisaNeed visa = VisaNeed.None, int? graduated = 2022, bool failed = false, int months = 0) =>
        new(visa, graduated, failed, months);
}
