using ImgPortal.Core.Content;
using ImgPortal.Core.Pathways;
using ImgPortal.Core.Pathways.SelfCheck;

namespace ImgPortal.UnitTests.Pathways.SelfCheck;

/// <summary>Every requirement kind the self-check judges: met, missing and unknown.</summary>
public sealed class SelfCheckRulesTests
{
    private static readonly PathwaySource Source = new(new Uri("https://example.gov/law"), "Test law", new DateOnly(2026, 11, 1));

    [Theory]
    [InlineData(PathwayRequirement.EcfmgCertification, Answer.Yes, RequirementCheck.Met)]
    [InlineData(PathwayRequirement.EcfmgCertification, Answer.No, RequirementCheck.Missing)]
    [InlineData(PathwayRequirement.EcfmgCertification, Answer.NotSure, RequirementCheck.Unknown)]
    [InlineData(PathwayRequirement.EnglishTest, Answer.Yes, RequirementCheck.Met)]
    [InlineData(PathwayRequirement.EnglishTest, Answer.No, RequirementCheck.Missing)]
    [InlineData(PathwayRequirement.EnglishTest, Answer.NotSure, RequirementCheck.Unknown)]
    [InlineData(PathwayRequirement.JobOfferOrSponsor, Answer.Yes, RequirementCheck.Met)]
    [InlineData(PathwayRequirement.JobOfferOrSponsor, Answer.No, RequirementCheck.Missing)]
    [InlineData(PathwayRequirement.JobOfferOrSponsor, Answer.NotSure, RequirementCheck.Unknown)]
    public void Evaluate_YesNoRequirement_FollowsTheAnswer(PathwayRequirement requirement, Answer answer, RequirementCheck expected)
    {
        var answers = new SelfCheckAnswers { EcfmgCertified = answer, EnglishTestPassed = answer, UsJobOffer = answer };

        var result = SelfCheckRules.Evaluate(Required(requirement, "Asked for."), answers, Source);

        Assert.Equal(expected, result.Check);
        Assert.Same(Source, result.Source);
        Assert.False(string.IsNullOrWhiteSpace(result.Why));
    }

    [Theory]
    [InlineData("At least three years of practice in another country.", null, 5, RequirementCheck.Met)]
    [InlineData("At least three years of practice in another country.", null, 2, RequirementCheck.Missing)]
    [InlineData("At least three years of practice in another country.", 4, null, RequirementCheck.Unknown)]
    [InlineData("A three-year postgraduate program, or practice for at least three of the last five years.", 3, 1, RequirementCheck.Unknown)]
    [InlineData("A three-year postgraduate program, or practice for at least three of the last five years.", 1, 6, RequirementCheck.Met)]
    [InlineData("Practice as a physician abroad; the number of years was not confirmed.", 10, 10, RequirementCheck.Unknown)]
    public void Evaluate_YearsAbroad_ComparesWithTheRecordsFiguresOnly(string text, int? training, int? practice, RequirementCheck expected)
    {
        var answers = new SelfCheckAnswers { YearsTrainingAbroad = training, YearsPracticeAbroad = practice };

        var result = SelfCheckRules.Evaluate(Required(PathwayRequirement.TrainingOrPracticeAbroad, text), answers, Source);

        Assert.Equal(expected, result.Check);
    }

    [Theory]
    [InlineData("USMLE Step 1 and Step 2 CK.", true, true, false, RequirementCheck.Met)]
    [InlineData("USMLE Steps 1, 2 and 3.", true, true, false, RequirementCheck.Missing)]
    [InlineData("All steps of the USMLE.", true, true, true, RequirementCheck.Met)]
    [InlineData("The first and second steps of the licensing exam.", true, false, false, RequirementCheck.Missing)]
    [InlineData("A passing score on USMLE Step 3 before the full license; the other steps were not confirmed.", false, false, false, RequirementCheck.Met)]
    [InlineData("A passing score on the USMLE (the steps are not listed).", true, true, true, RequirementCheck.Unknown)]
    public void Evaluate_UsmleSteps_ComparesTheStepsListed(string text, bool step1, bool step2, bool step3, RequirementCheck expected)
    {
        var answers = new SelfCheckAnswers { PassedStep1 = step1, PassedStep2Ck = step2, PassedStep3 = step3 };

        var result = SelfCheckRules.Evaluate(Required(PathwayRequirement.UsmleSteps, text), answers, Source);

        Assert.Equal(expected, result.Check);
    }

    [Theory]
    [InlineData(ImmigrationAnswer.CitizenOrPermanentResident, RequirementCheck.Met)]
    [InlineData(ImmigrationAnswer.WorkAuthorized, RequirementCheck.Met)]
    [InlineData(ImmigrationAnswer.NeedsSponsorship, RequirementCheck.Unknown)]
    [InlineData(ImmigrationAnswer.NotSure, RequirementCheck.Unknown)]
    public void Evaluate_ImmigrationStatus_MetOnlyByAStatusTheRecordAccepts(ImmigrationAnswer answer, RequirementCheck expected)
    {
        var answers = new SelfCheckAnswers { Immigration = answer };

        var result = SelfCheckRules.Evaluate(Required(PathwayRequirement.ImmigrationStatus, "Authorized under federal law to work in the United States."), answers, Source);

        Assert.Equal(expected, result.Check);
    }

    [Theory]
    [InlineData(PathwayRequirement.PracticeSetting)]
    [InlineData(PathwayRequirement.SupervisedPeriod)]
    [InlineData(PathwayRequirement.ConversionToFullLicense)]
    public void Evaluate_ConditionOfTheLicense_IsAConditionNotAGap(PathwayRequirement requirement)
    {
        var result = SelfCheckRules.Evaluate(Required(requirement, "Two years under supervision."), new SelfCheckAnswers(), Source);

        Assert.Equal(RequirementCheck.Condition, result.Check);
    }

    [Fact]
    public void Evaluate_StatusUnknownOrNotRequired_IsUnknownOrMetWhateverTheAnswers()
    {
        var answers = new SelfCheckAnswers { EcfmgCertified = Answer.No };

        var unknown = SelfCheckRules.Evaluate(new RequirementDetail(PathwayRequirement.EcfmgCertification, "ECFMG certification", "No source says.", RequirementStatus.Unknown), answers, Source);
        var notRequired = SelfCheckRules.Evaluate(new RequirementDetail(PathwayRequirement.EcfmgCertification, "ECFMG certification", "Not needed.", RequirementStatus.NotRequired), answers, Source);

        Assert.Equal(RequirementCheck.Unknown, unknown.Check);
        Assert.Equal(RequirementCheck.Met, notRequired.Check);
    }

    [Theory]
    [InlineData(Answer.Yes, Answer.Yes, PathwayVerdict.Likely)]
    [InlineData(Answer.No, Answer.Yes, PathwayVerdict.NotYet)]
    [InlineData(Answer.Yes, Answer.NotSure, PathwayVerdict.Unknown)]
    [InlineData(Answer.No, Answer.NotSure, PathwayVerdict.NotYet)]
    public void Check_Pathway_LikelyOnlyWhenEveryRequirementIsMet(Answer ecfmg, Answer job, PathwayVerdict expected)
    {
        var pathway = new StatePathway
        {
            Id = 1,
            State = "TN",
            Name = "Test",
            Status = PathwayStatus.AcceptingApplications,
            Sources = "https://example.gov/law | Test law | 2026-11-01",
            EcfmgCertification = "Yes.",
            EcfmgCertificationStatus = RequirementStatus.Required,
            JobOfferOrSponsor = "Yes.",
            JobOfferOrSponsorStatus = RequirementStatus.Required,
            SupervisedPeriod = "Two years.",
            SupervisedPeriodStatus = RequirementStatus.Required,
        };
        foreach (var requirement in PathwayRequirements.All.Where(r => r.Status(pathway) == RequirementStatus.Unknown && r.Requirement is not (PathwayRequirement.PracticeSetting or PathwayRequirement.ConversionToFullLicense)))
        {
            requirement.SetStatus(pathway, RequirementStatus.NotRequired);
        }

        var result = SelfCheckRules.Check(PathwayDetail.From(pathway), new SelfCheckAnswers { EcfmgCertified = ecfmg, UsJobOffer = job });

        Assert.Equal(expected, result.Verdict);
    }

    [Fact]
    public void YearFigures_DigitsWordsAndHyphens_AreAllFound()
    {
        Assert.Equal([3, 1, 5, 10], SelfCheckRules.YearFigures("three years, a one-year program, 5 years or ten consecutive years"));
    }

    private static RequirementDetail Required(PathwayRequirement requirement, string text) =>
        new(requirement, PathwayRequirements.Of(requirement).Label, text, RequirementStatus.Required);
}
