using ImgPortal.Core.Content;
using ImgPortal.Core.Planning;
using ImgPortal.Core.Profiles;
using Microsoft.Extensions.Time.Testing;

namespace ImgPortal.UnitTests.Planning;

public sealed class MatchCycleRuleTests
{
    private static readonly DateOnly Rol2027 = new(2027, 3, 3);
    private static readonly DateOnly Programs2027 = new(2026, 9, 23);
    private static readonly DateOnly Pathways2027 = new(2027, 1, 31);
    private static readonly DateOnly Rol2028 = new(2028, 3, 1);

    /// <summary>Two cycles: 2027 fully dated, 2028 with only its rank-order-list deadline announced.</summary>
    private static readonly IReadOnlyList<CycleDate> Dates =
    [
        Date(1, 2027, DateMilestone.ErasProgramsReceive, Programs2027),
        Date(2, 2027, DateMilestone.PathwaysDeadline, Pathways2027),
        Date(3, 2027, DateMilestone.RankOrderListDeadline, Rol2027),
        Date(4, 2028, DateMilestone.RankOrderListDeadline, Rol2028),
        Date(5, 2028, DateMilestone.ErasProgramsReceive, null),
    ];

    /// <summary>Everything done but certification itself: Step 1, Step 2 CK, OET and a Pathway.</summary>
    private static readonly ProfileData Ready = new()
    {
        GraduationYear = 2023,
        EcfmgStatus = EcfmgStatus.InProgress,
        Step1Result = ExamResult.Passed,
        Step1Date = new DateOnly(2025, 1, 10),
        Step2CkScore = 240,
        Step2CkDate = new DateOnly(2026, 5, 1),
        EnglishProficiencyMet = true,
    };

    [Fact]
    public void Compute_NoProfile_IsNull()
    {
        Assert.Null(MatchCycleRule.Compute(null, Dates, new DateOnly(2026, 8, 1)));
    }

    [Fact]
    public void Compute_AllStepsDoneBeforeApplications_AimsForThisCycleWithOnlyCertificationLeft()
    {
        var plan = MatchCycleRule.Compute(Ready, Dates, new DateOnly(2026, 8, 1))!;

        Assert.Equal(2027, plan.Cycle);
        var open = Assert.Single(plan.Blocking);
        Assert.Equal(RoadmapRules.Keys.Ecfmg, open.Key);
        Assert.Equal(Rol2027, open.DueBy);
        Assert.Contains("To enter the 2027 Match: ECFMG's exam requirements for certification by March 3, 2027, the rank-order-list deadline.", plan.Why);
    }

    [Fact]
    public void Compute_Step2CkNotTakenAfterProgramsReceiveApplications_AimsForTheNextCycle()
    {
        var profile = Ready with { Step2CkScore = null, Step2CkDate = null };

        var plan = MatchCycleRule.Compute(profile, Dates, new DateOnly(2026, 12, 7))!;

        Assert.Equal(2028, plan.Cycle);
        Assert.Contains("The 2027 Match is out of reach: USMLE Step 2 CK had to be done by September 23, 2026, when programs start receiving applications.", plan.Why);
        var step2 = plan.Blocking.Single(s => s.Key == RoadmapRules.Keys.Step2Ck);
        Assert.True(step2.DueIsAssumed);
        Assert.Equal(MatchCycleRule.AssumedApplicationsDue(2028), step2.DueBy);
    }

    [Fact]
    public void Compute_Step1NotPassedBeforeApplications_AimsForTheNextCycle()
    {
        var profile = Ready with { Step1Result = ExamResult.Failed };

        var plan = MatchCycleRule.Compute(profile, Dates, new DateOnly(2026, 10, 1))!;

        Assert.Equal(2028, plan.Cycle);
        Assert.Contains(plan.Blocking, s => s.Key == RoadmapRules.Keys.Step1);
    }

    [Fact]
    public void Compute_Step2CkBookedAfterProgramsReceiveApplications_SaysSoAndAimsForTheNextCycle()
    {
        var profile = Ready with { Step2CkScore = null, Step2CkDate = Programs2027.AddDays(10) };

        var plan = MatchCycleRule.Compute(profile, Dates, new DateOnly(2026, 7, 1))!;

        Assert.Equal(2028, plan.Cycle);
        Assert.Contains(plan.Why, w => w.Contains("is booked for October 3, 2026", StringComparison.Ordinal));
    }

    [Fact]
    public void Compute_Step2CkBookedBeforeApplications_StaysInThisCycleWithTheBookingOnTheCriticalPath()
    {
        var profile = Ready with { Step2CkScore = null, Step2CkDate = new DateOnly(2026, 8, 1) };

        var plan = MatchCycleRule.Compute(profile, Dates, new DateOnly(2026, 7, 1))!;

        Assert.Equal(2027, plan.Cycle);
        Assert.StartsWith("USMLE Step 2 CK (booked for August 1, 2026)", plan.CriticalPath[0].Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_PathwayNotDoneByItsDeadline_AimsForTheNextCycle()
    {
        var profile = Ready with { EnglishProficiencyMet = false };

        Assert.Equal(2027, MatchCycleRule.Compute(profile, Dates, Pathways2027)!.Cycle);
        var plan = MatchCycleRule.Compute(profile, Dates, Pathways2027.AddDays(1))!;

        Assert.Equal(2028, plan.Cycle);
        Assert.Contains("The 2027 Match is out of reach: OET Medicine and an ECFMG Pathway had to be done by January 31, 2027, ECFMG's Pathways deadline.", plan.Why);
    }

    [Fact]
    public void Compute_PathwayDeadlineNotAnnounced_IsDueByTheRankOrderListDeadline()
    {
        var profile = Ready with { EnglishProficiencyMet = false };

        var plan = MatchCycleRule.Compute(profile, Dates, new DateOnly(2027, 4, 1))!;

        var english = plan.Blocking.Single(s => s.Key == RoadmapRules.Keys.English);
        Assert.Equal(Rol2028, english.DueBy);
        Assert.Contains("ECFMG's Pathways deadline for the 2028 Match is not announced yet", english.DueByText, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_Certified_HasNoBlockingStep()
    {
        var profile = new ProfileData { EcfmgStatus = EcfmgStatus.Certified };

        var plan = MatchCycleRule.Compute(profile, Dates, new DateOnly(2026, 11, 1))!;

        Assert.Equal(2027, plan.Cycle);
        Assert.Empty(plan.Blocking);
    }

    [Theory]
    [InlineData("2027-03-04T04:59:00Z", 2027)] // 11:59 p.m. on March 3 in New York: the 2027 deadline day still
    [InlineData("2027-03-04T05:00:00Z", 2028)] // midnight in New York: the turn of the cycle
    public void FirstOpenCycle_TurnsAtTheRankOrderListDeadlineInNewYorkTime(string utc, int expected)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, MatchCycleRule.FirstOpenCycle(Dates, NewYorkTime.Today(clock)));
    }

    [Fact]
    public void Compute_GraduationYear_ShowsYearsSinceAndAtStartAsInformationWithoutAVerdict()
    {
        var plan = MatchCycleRule.Compute(Ready with { GraduationYear = 2020 }, Dates, new DateOnly(2026, 8, 1))!;

        var graduation = plan.Graduation!;
        Assert.Equal(6, graduation.YearsSince);
        Assert.Equal(7, graduation.YearsAtStart);
        Assert.Equal(MatchCycleRule.NoGraduationSource, graduation.WhatProgramsSet);
        Assert.DoesNotContain(plan.Why, w => w.Contains("graduat", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Compute_NoGraduationYear_HasNoGraduationNote()
    {
        Assert.Null(MatchCycleRule.Compute(Ready with { GraduationYear = null }, Dates, new DateOnly(2026, 8, 1))!.Graduation);
    }

    [Fact]
    public void CriticalPath_TakesTheNextThreeDatedActionsInOrder()
    {
        var profile = new ProfileData { Step1Result = ExamResult.Passed };
        var today = new DateOnly(2026, 6, 1);
        var dates = Dates.Append(Date(6, 2027, DateMilestone.NrmpEarlyRegistrationDeadline, new DateOnly(2026, 11, 30))).ToList();

        var plan = MatchCycleRule.Compute(profile, dates, today)!;

        Assert.Equal(2027, plan.Cycle);
        Assert.Equal(3, plan.CriticalPath.Count);
        Assert.Equal([Programs2027, new DateOnly(2026, 11, 30), Pathways2027], plan.CriticalPath.Select(a => a.Date));
        Assert.All(plan.CriticalPath, a => Assert.False(string.IsNullOrWhiteSpace(a.Why)));
    }

    private static CycleDate Date(int id, int cycle, DateMilestone milestone, DateOnly? date) =>
        new(id, cycle, milestone.ToString(), date, SeasonDateKind.Deadline, milestone, DateOrganization.Nrmp, string.Empty, string.Empty, Array.Empty<PathwaySource>(), null);

    [Fact]
    public void Compute_OetPassedAndPathwayCompleted_CountAsTheSkillsStepDone()
    {
        var profile = Ready with
        {
            EnglishProficiencyMet = false,
            OetPassed = true,
            OetDate = new DateOnly(2026, 3, 1),
            PathwayCompleted = true,
            PathwayDate = new DateOnly(2026, 6, 1),
        };

        var plan = MatchCycleRule.Compute(profile, Dates, new DateOnly(2026, 8, 1))!;

        Assert.Equal(2027, plan.Cycle);
        Assert.DoesNotContain(plan.Blocking, s => s.Key == RoadmapRules.Keys.English);
    }

    [Fact]
    public void Compute_OetPassedButPathwayNot_KeepsTheSkillsStepOpen()
    {
        var profile = Ready with { EnglishProficiencyMet = false, OetPassed = true, OetDate = new DateOnly(2026, 3, 1) };

        var plan = MatchCycleRule.Compute(profile, Dates, new DateOnly(2026, 8, 1))!;

        var step = Assert.Single(plan.Blocking, s => s.Key == RoadmapRules.Keys.English);
        Assert.Null(step.PlannedOn);
    }

    [Fact]
    public void Compute_OetPlannedAfterThePathwaysDeadline_SaysSoAndAimsForTheNextCycle()
    {
        var profile = Ready with { EnglishProficiencyMet = false, OetDate = Pathways2027.AddDays(5), PathwayDate = new DateOnly(2026, 12, 1) };

        var plan = MatchCycleRule.Compute(profile, Dates, new DateOnly(2026, 8, 1))!;

        Assert.Equal(2028, plan.Cycle);
        Assert.Contains("The 2027 Match is out of reach: OET Medicine and an ECFMG Pathway is booked for February 5, 2027, after January 31, 2027, ECFMG's Pathways deadline.", plan.Why);
    }

    [Fact]
    public void Compute_OetAndPathwayPlannedBeforeTheDeadline_StayInThisCycleWithTheLaterPlannedDateOnTheCriticalPath()
    {
        var profile = Ready with
        {
            EnglishProficiencyMet = false,
            OetDate = new DateOnly(2026, 10, 10),
            PathwayCompleted = false,
            PathwayDate = new DateOnly(2026, 12, 15),
        };

        var plan = MatchCycleRule.Compute(profile, Dates, new DateOnly(2026, 10, 1))!;

        Assert.Equal(2027, plan.Cycle);
        var step = Assert.Single(plan.Blocking, s => s.Key == RoadmapRules.Keys.English);
        Assert.Equal(new DateOnly(2026, 12, 15), step.PlannedOn);
        Assert.Contains(plan.CriticalPath, a => a.Title == "OET Medicine and an ECFMG Pathway (booked for December 15, 2026)" && a.Date == Pathways2027);
    }

    [Theory]
    [InlineData(false, false, "2026-12-15")] // both planned: the later
    [InlineData(false, true, "2026-10-10")] // Pathway done: only the OET's planned date
    [InlineData(true, false, "2026-12-15")] // OET passed: its date is the day it was passed, not a plan
    public void OetAndPathwayPlannedOn_IsTheLaterPlannedDateOfThePartsNotDone(bool oetPassed, bool pathwayCompleted, string expected)
    {
        var profile = new ProfileData
        {
            OetPassed = oetPassed,
            OetDate = new DateOnly(2026, 10, 10),
            PathwayCompleted = pathwayCompleted,
            PathwayDate = new DateOnly(2026, 12, 15),
        };

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), MatchCycleRule.OetAndPathwayPlannedOn(profile));
    }

    [Fact]
    public void OetAndPathwayPlannedOn_BothDone_IsNull()
    {
        var profile = new ProfileData { OetPassed = true, OetDate = new DateOnly(2026, 1, 1), PathwayCompleted = true, PathwayDate = new DateOnly(2026, 2, 1) };

        Assert.Null(MatchCycleRule.OetAndPathwayPlannedOn(profile));
    }

    [Fact]
    public void Compute_GraduationNote_SaysWhatProgramsSetIsNotKnownAndWhenItWasLookedFor()
    {
        var graduation = MatchCycleRule.Compute(Ready with { GraduationYear = 2020 }, Dates, new DateOnly(2026, 8, 1))!.Graduation!;

        Assert.Contains("What programs commonly set is not known", graduation.WhatProgramsSet, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 12, 7), graduation.CheckedOn);
    }
}
