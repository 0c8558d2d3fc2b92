using ImgPortal.Core.Costs;
using ImgPortal.Core.Profiles;
using ImgPortal.Infrastructure.Data.Seed;

namespace ImgPortal.UnitTests.Costs;

public sealed class CostPlannerTests
{
    private static readonly DateOnly Checked = new(2026, 12, 7);

    private static Fee Fee(FeeItem item, decimal? low, decimal? high, FeeScaling scaling = FeeScaling.Once, int year = 2026, int from = 1, int? to = null) => new()
    {
        Item = item,
        Purpose = item.ToString(),
        ChargedBy = "Test body",
        AmountLow = low,
        AmountHigh = high,
        Scaling = scaling,
        AppliesTo = year,
        TierFrom = from,
        TierTo = to,
        Sources = "https://fees.example.org/ | Test fees | 2026-12-07",
        CheckedOn = Checked,
        Notes = low is null ? "Not known." : string.Empty,
    };

    private static readonly Fee[] ErasBands =
    [
        Fee(FeeItem.ErasApplications, 11, 11, FeeScaling.PerProgram, to: 30),
        Fee(FeeItem.ErasApplications, 30, 30, FeeScaling.PerProgram, from: 31),
    ];

    private static CostPlan Nothing => new()
    {
        Step1 = PlanStatus.NotInPlan,
        Step2Ck = PlanStatus.NotInPlan,
        EcfmgApplication = PlanStatus.NotInPlan,
        Pathway = PlanStatus.NotInPlan,
        Oet = PlanStatus.NotInPlan,
        Match = PlanStatus.NotInPlan,
        Visa = VisaNeed.None,
        TestsAbroad = false,
    };

    [Theory]
    [InlineData(30, 1, 330)]
    [InlineData(43, 1, 720)]
    [InlineData(32, 2, 780)]
    [InlineData(0, 1, 0)]
    public void Price_ProgramBands_AddEachBandsProgramsPerSpecialty(int programs, int specialties, decimal expected)
    {
        var plan = Nothing with { Match = PlanStatus.Ahead, ProgramsPerSpecialty = programs, Specialties = specialties };

        var estimate = CostPlanner.Estimate(plan, ErasBands);

        var eras = estimate.Ahead.Lines.SingleOrDefault(l => l.Item == FeeItem.ErasApplications);
        Assert.Equal(expected, eras?.Low ?? 0);
        Assert.Equal(expected, eras?.High ?? 0);
    }

    [Fact]
    public void Price_ProgramsNoBandCovers_IsUnknownNotACheaperSum()
    {
        var onlyFirstBand = new[] { ErasBands[0] };

        Assert.Null(CostPlanner.Price(onlyFirstBand, 31));
        Assert.Equal((330m, 330m), CostPlanner.Price(onlyFirstBand, 30));
    }

    [Fact]
    public void Price_ExtraRanks_OnlyRanksBeyondTheIncludedOnesCost()
    {
        var extra = new[] { Fee(FeeItem.NrmpExtraRanks, 30, 30, FeeScaling.PerExtraRank, from: 21) };

        Assert.Equal((0m, 0m), CostPlanner.Price(extra, 20));
        Assert.Equal((150m, 150m), CostPlanner.Price(extra, 25));
    }

    [Fact]
    public void Estimate_Range_SumsLowsAndHighsApart()
    {
        var fees = new[] { Fee(FeeItem.FcvsFirstApplication, 395, 470), Fee(FeeItem.FcvsPerBoard, 66, 66, FeeScaling.PerBoard) };

        var estimate = CostPlanner.Estimate(Nothing with { Fcvs = PlanStatus.Ahead, Boards = 3 }, fees);

        Assert.Equal(395m + (3 * 66m), estimate.Ahead.Low);
        Assert.Equal(470m + (3 * 66m), estimate.Ahead.High);
        Assert.Equal(0, estimate.Ahead.UnknownCount);
    }

    [Fact]
    public void Estimate_UnknownFee_IsListedWithoutAnAmountAndNeverCountedAsZero()
    {
        var fees = new[] { Fee(FeeItem.WaiverDs3035, 120, 120), Fee(FeeItem.UsmleStep1, null, null, FeeScaling.PerAttempt) };

        var estimate = CostPlanner.Estimate(Nothing with { Step1 = PlanStatus.Ahead, Waiver = PlanStatus.Ahead }, fees);

        var step1 = Assert.Single(estimate.Ahead.Lines, l => l.Item == FeeItem.UsmleStep1);
        Assert.False(step1.IsKnown);
        Assert.Null(step1.Low);
        Assert.Equal(120m, estimate.Ahead.Low);
        Assert.Equal(1, estimate.Ahead.UnknownCount);
    }

    [Fact]
    public void Estimate_ItemWithNoFeeRecord_IsUnknown()
    {
        var estimate = CostPlanner.Estimate(Nothing with { Oet = PlanStatus.Ahead }, []);

        var oet = Assert.Single(estimate.Ahead.Lines);
        Assert.False(oet.IsKnown);
        Assert.Equal(1, estimate.Ahead.UnknownCount);
        Assert.Equal(0m, estimate.Ahead.High);
    }

    [Fact]
    public void Estimate_DoneAndAhead_AreTotaledApart()
    {
        var fees = new[] { Fee(FeeItem.UsmleStep1, 1000, 1000, FeeScaling.PerAttempt), Fee(FeeItem.UsmleStep2Ck, 900, 900, FeeScaling.PerAttempt) };

        var estimate = CostPlanner.Estimate(Nothing with { Step1 = PlanStatus.Done, Step2Ck = PlanStatus.Ahead }, fees);

        Assert.Equal(FeeItem.UsmleStep1, Assert.Single(estimate.Done.Lines).Item);
        Assert.Equal(FeeItem.UsmleStep2Ck, Assert.Single(estimate.Ahead.Lines).Item);
        Assert.Equal(1000m, estimate.Done.High);
        Assert.Equal(900m, estimate.Ahead.High);
    }

    [Fact]
    public void Estimate_SurchargeAbroad_IsChargedForEachExamInItsPart()
    {
        var fees = new[] { Fee(FeeItem.InternationalTestSurcharge, 100, 200, FeeScaling.PerAttempt) };
        var plan = Nothing with { Step1 = PlanStatus.Done, Step2Ck = PlanStatus.Ahead, TestsAbroad = true };

        var estimate = CostPlanner.Estimate(plan, fees);

        Assert.Equal((100m, 200m), (estimate.Done.Low, estimate.Done.High));
        Assert.Equal((100m, 200m), (estimate.Ahead.Low, estimate.Ahead.High));
        Assert.DoesNotContain(CostPlanner.Estimate(plan with { TestsAbroad = false }, fees).Lines, l => l.Item == FeeItem.InternationalTestSurcharge);
    }

    [Fact]
    public void Estimate_UsceMonths_DoneAndAheadAreSeparateLines()
    {
        var fees = new[] { Fee(FeeItem.ClinicalExperienceMonth, 1000, 3000, FeeScaling.PerMonth) };

        var estimate = CostPlanner.Estimate(Nothing with { UsceMonthsDone = 2, UsceMonthsAhead = 3 }, fees);

        Assert.Equal((2000m, 6000m), (estimate.Done.Low, estimate.Done.High));
        Assert.Equal((3000m, 9000m), (estimate.Ahead.Low, estimate.Ahead.High));
    }

    [Fact]
    public void Estimate_SeveralCycles_UsesTheLatestCyclesFees()
    {
        var fees = new[] { Fee(FeeItem.WaiverDs3035, 100, 100, year: 2024), Fee(FeeItem.WaiverDs3035, 120, 120, year: 2026) };

        var line = Assert.Single(CostPlanner.Estimate(Nothing with { Waiver = PlanStatus.Ahead }, fees).Lines);

        Assert.Equal(120m, line.Low);
        Assert.Equal(2026, line.AppliesTo);
        Assert.Equal(Checked, line.CheckedOn);
        Assert.Equal("Test fees", Assert.Single(line.Sources).Title);
    }

    [Fact]
    public void Estimate_NumbersOutsideTheLimits_AreClamped()
    {
        var estimate = CostPlanner.Estimate(Nothing with { Match = PlanStatus.Ahead, ProgramsPerSpecialty = 100_000, Specialties = -4 }, ErasBands);

        Assert.Equal(CostPlan.Limits.MaxPrograms, estimate.Plan.ProgramsPerSpecialty);
        Assert.Equal(0, estimate.Plan.Specialties);
        Assert.DoesNotContain(estimate.Lines, l => l.Item == FeeItem.ErasApplications);
    }

    [Fact]
    public void From_Profile_MarksPassedExamsAndMetEnglishAsDone()
    {
        var profile = new ImgProfile
        {
            UserId = "u1",
            Step1Result = ExamResult.Passed,
            Step2CkScore = null,
            EnglishProficiencyMet = true,
            ClinicalExperienceMonths = 4,
            VisaNeed = VisaNeed.H1B,
            EcfmgStatus = EcfmgStatus.InProgress,
        };

        var plan = CostPlan.From(profile);

        Assert.Equal(PlanStatus.Done, plan.Step1);
        Assert.Equal(PlanStatus.Ahead, plan.Step2Ck);
        Assert.Equal(PlanStatus.Done, plan.Oet);
        Assert.Equal(PlanStatus.Done, plan.EcfmgApplication);
        Assert.Equal(4, plan.UsceMonthsDone);
        Assert.Equal(VisaNeed.H1B, plan.Visa);
    }

    [Fact]
    public void Estimate_NewYorkLicenseAhead_AddsTheSeededNysedLineWithItsSource()
    {
        var fees = FeeSeed.Fees();

        var estimate = CostPlanner.Estimate(Nothing with { NewYorkLicense = PlanStatus.Ahead }, fees);

        var line = Assert.Single(estimate.Ahead.Lines);
        Assert.Equal(FeeItem.NewYorkLicense, line.Item);
        Assert.Equal((735m, 735m), (line.Low!.Value, line.High!.Value));
        Assert.Contains(line.Sources, s => s.Url.Host == "eservices.nysed.gov");
        Assert.Equal(735m, estimate.Ahead.High);
    }

    [Fact]
    public void Estimate_NewYorkLicenseNotInPlan_LeavesTheLineOut()
    {
        var estimate = CostPlanner.Estimate(Nothing, FeeSeed.Fees());

        Assert.DoesNotContain(estimate.Lines, l => l.Item == FeeItem.NewYorkLicense);
    }

    [Fact]
    public void From_ProfileNamingNewYork_PutsTheNewYorkLicenseAhead()
    {
        var profile = new ImgProfile { UserId = "u1" };
        profile.Tags.Add(new ProfileTag { UserId = "u1", Kind = TagKind.State, Value = "CA" });
        var withNewYork = new ImgProfile { UserId = "u2" };
        withNewYork.Tags.Add(new ProfileTag { UserId = "u2", Kind = TagKind.State, Value = CostPlan.NewYorkState });

        Assert.Equal(PlanStatus.NotInPlan, CostPlan.From(profile).NewYorkLicense);
        Assert.Equal(PlanStatus.Ahead, CostPlan.From(withNewYork).NewYorkLicense);
    }
}
