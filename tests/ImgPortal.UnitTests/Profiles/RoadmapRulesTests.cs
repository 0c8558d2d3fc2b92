using ImgPortal.Core.Profiles;
using Keys = ImgPortal.Core.Profiles.RoadmapRules.Keys;

namespace ImgPortal.UnitTests.Profiles;

public sealed class RoadmapRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static readonly StepDefinition[] Steps =
    [
        new(Keys.Step1, "Pass USMLE Step 1", "", 10, RoadmapStage.Exams, "residency"),
        new(Keys.Step2Ck, "Take USMLE Step 2 CK", "", 20, RoadmapStage.Exams, "residency"),
        new(Keys.English, "English", "", 30, RoadmapStage.Certification, "echo"),
        new(Keys.Pathway, "Complete an ECFMG Pathway", "", 35, RoadmapStage.Certification, "residency"),
        new(Keys.Ecfmg, "Get ECFMG certification", "", 40, RoadmapStage.Certification, "echo"),
        new(Keys.Eras, "Apply through ERAS", "", 70, RoadmapStage.Application, "residency"),
        new(Keys.RankList, "Rank list", "", 80, RoadmapStage.Match, "residency"),
        new(Keys.J1Waiver, "Plan your J-1 waiver", "", 120, RoadmapStage.Residency, "j1-waiver"),
    ];

    private static readonly ProfileData Base = new()
    {
        MedicalSchoolCountry = "India",
        MedicalSchoolName = "Grant Medical College",
        GraduationYear = 2020,
        ClinicalExperienceMonths = 6,
    };

    [Fact]
    public void States_EcfmgCertified_MarksEveryCertificationStepDoneFromTheProfile()
    {
        var profile = Base with { EcfmgStatus = EcfmgStatus.Certified, EcfmgCertifiedOn = new DateOnly(2025, 1, 1) };

        var states = RoadmapRules.States(Steps, profile, new Dictionary<string, StepState>());

        foreach (var key in new[] { Keys.Step1, Keys.Step2Ck, Keys.English, Keys.Pathway, Keys.Ecfmg })
        {
            var status = states.Single(s => s.Step.Key == key);
            Assert.Equal(StepState.Done, status.State);
            Assert.True(status.FromProfile);
        }
    }

    [Fact]
    public void States_StepTheProfileCannotKnow_UsesTheMembersOwnStateOrNotStarted()
    {
        var manual = new Dictionary<string, StepState> { [Keys.Eras] = StepState.InProgress };

        var states = RoadmapRules.States(Steps, Base, manual);

        Assert.Equal(StepState.InProgress, states.Single(s => s.Step.Key == Keys.Eras).State);
        Assert.False(states.Single(s => s.Step.Key == Keys.Eras).FromProfile);
        Assert.Equal(StepState.NotStarted, states.Single(s => s.Step.Key == Keys.RankList).State);
    }

    [Fact]
    public void States_ManualStateForAStepTheProfileDecides_IsIgnored()
    {
        var profile = Base with { Step1Result = ExamResult.Passed, Step1Date = new DateOnly(2024, 1, 1) };
        var manual = new Dictionary<string, StepState> { [Keys.Step1] = StepState.NotStarted };

        var states = RoadmapRules.States(Steps, profile, manual);

        Assert.Equal(StepState.Done, states.Single(s => s.Step.Key == Keys.Step1).State);
    }

    // A visa step is "not applicable" only when the member said they are a US citizen or permanent resident (issue 20):
    // "None" as the visa they need means exactly that; a planned H-1B can still turn into a J-1, so it stays open.
    [Theory]
    [InlineData(VisaNeed.J1, null)]
    [InlineData(VisaNeed.H1B, null)]
    [InlineData(VisaNeed.NotSureYet, null)]
    [InlineData(VisaNeed.None, StepState.NotApplicable)]
    public void Derive_J1Waiver_NotApplicableOnlyForACitizenOrResident(VisaNeed need, StepState? expected)
    {
        var state = RoadmapRules.Derive(Keys.J1Waiver, Base with { VisaNeed = need });

        Assert.Equal(expected, state);
    }

    [Theory]
    [InlineData(VisaNeed.J1, null)]
    [InlineData(VisaNeed.H1B, null)]
    [InlineData(VisaNeed.NotSureYet, null)]
    [InlineData(VisaNeed.None, StepState.NotApplicable)]
    public void Derive_VisaPlan_NotApplicableOnlyForACitizenOrResident(VisaNeed need, StepState? expected)
    {
        var state = RoadmapRules.Derive(Keys.VisaPlan, Base with { VisaNeed = need });

        Assert.Equal(expected, state);
    }

    [Theory]
    [InlineData(VisaNeed.J1)]
    [InlineData(VisaNeed.H1B)]
    [InlineData(VisaNeed.NotSureYet)]
    [InlineData(VisaNeed.None)]
    public void Derive_CurrentStatusCitizenOrResident_EveryVisaStepNotApplicable(VisaNeed need)
    {
        var profile = Base with { CurrentVisa = VisaStatus.PermanentResidentOrCitizen, VisaNeed = need };

        Assert.Equal(StepState.NotApplicable, RoadmapRules.Derive(Keys.VisaPlan, profile));
        Assert.Equal(StepState.NotApplicable, RoadmapRules.Derive(Keys.J1Waiver, profile));
        Assert.Null(RoadmapRules.VisaAction(profile));
    }

    [Fact]
    public void ProfileData_NoVisaAnswer_IsNotSureYet()
    {
        var profile = new ProfileData();

        Assert.Equal(VisaNeed.NotSureYet, profile.VisaNeed);
        Assert.Null(RoadmapRules.Derive(Keys.VisaPlan, profile));
    }

    [Theory]
    [InlineData(VisaNeed.J1, false, "Read about the J-1 visa", "/visas#the-j-1-through-ecfmg")]
    [InlineData(VisaNeed.H1B, false, "Plan to take USMLE Step 3", "/visas#the-h-1b")]
    [InlineData(VisaNeed.H1B, true, "Read about the H-1B visa", "/visas#the-h-1b")]
    [InlineData(VisaNeed.NotSureYet, false, "Choose your visa: J-1 or H-1B", "/visas#j-1-and-h-1b-side-by-side")]
    public void NextActions_NeedsAVisa_LinksToTheVisasSectionForTheirCase(VisaNeed need, bool step3Passed, string title, string href)
    {
        var profile = Base with { VisaNeed = need, Step3Score = step3Passed ? 230 : null, Step3Date = step3Passed ? new DateOnly(2026, 5, 1) : null };

        var actions = Actions(profile);

        var action = Assert.Single(actions, a => a.Href?.StartsWith("/visas", StringComparison.Ordinal) == true);
        Assert.Equal(title, action.Title);
        Assert.Equal(href, action.Href);
    }

    [Fact]
    public void NextActions_CitizenOrResident_HasNoVisaAction()
    {
        var profile = Base with { VisaNeed = VisaNeed.None };

        var actions = Actions(profile);

        Assert.DoesNotContain(actions, a => a.GuidanceSlug == "visas");
    }

    [Fact]
    public void NextActions_LittleUsClinicalExperience_SaysNoSharedMinimumIsKnown()
    {
        var profile = Base with { ClinicalExperienceMonths = 1 };

        var actions = Actions(profile);

        var action = Assert.Single(actions, a => a.Title == "Gain US clinical experience");
        Assert.Contains("no source we checked gives one they share", action.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("many programs look for", action.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "no months")]
    [InlineData(1, "1 month")]
    [InlineData(2, "2 months")]
    public void Months_Count_ReadsAsWords(int count, string expected) =>
        Assert.Equal(expected, RoadmapRules.Months(count));

    [Theory]
    [InlineData(0, "less than a year")]
    [InlineData(1, "1 year")]
    [InlineData(6, "6 years")]
    public void Years_Count_ReadsAsWords(int count, string expected) =>
        Assert.Equal(expected, RoadmapRules.Years(count));

    [Fact]
    public void NextActions_TwoMonthsOfClinicalExperience_SaysTwoMonthsInWords()
    {
        var action = Assert.Single(Actions(Base with { ClinicalExperienceMonths = 2 }), a => a.Title == "Gain US clinical experience");

        Assert.StartsWith("You have 2 months of US clinical experience.", action.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void NextActions_NotCertified_EveryExamStepGivesTheSameReasonAndLinksToItsSection()
    {
        var actions = Actions(Base with { EcfmgStatus = EcfmgStatus.InProgress });

        var exams = actions.Where(a => a.Reason == RoadmapRules.NeededForCertification).ToList();
        Assert.True(exams.Count >= 2);
        Assert.All(exams, a => Assert.Contains('#', a.Href!));
        Assert.Equal("/residency#meet-the-exam-requirements-by-the-match-deadline", exams.Single(a => a.Title == "Take USMLE Step 2 CK").Href);
    }

    [Fact]
    public void StageOf_FirstUnfinishedStepIsInApplication_IsApplication()
    {
        var profile = Base with { EcfmgStatus = EcfmgStatus.Certified, EcfmgCertifiedOn = new DateOnly(2025, 1, 1) };

        var stage = RoadmapRules.StageOf(RoadmapRules.States(Steps, profile, new Dictionary<string, StepState>()));

        Assert.Equal(RoadmapStage.Application, stage);
    }

    [Fact]
    public void StageOf_EveryStepDoneOrNotApplicable_IsComplete()
    {
        // "None" (a US citizen or permanent resident) is what makes the J-1 waiver step not applicable.
        var profile = Base with { EcfmgStatus = EcfmgStatus.Certified, EcfmgCertifiedOn = new DateOnly(2025, 1, 1), VisaNeed = VisaNeed.None };
        var manual = new Dictionary<string, StepState> { [Keys.Eras] = StepState.Done, [Keys.RankList] = StepState.Done };

        var stage = RoadmapRules.StageOf(RoadmapRules.States(Steps, profile, manual));

        Assert.Equal(RoadmapStage.Complete, stage);
    }

    [Fact]
    public void NextActions_NeedsAJ1AndWantsNewYork_PointsToTheState30WaiverPage()
    {
        var profile = Base with { VisaNeed = VisaNeed.J1, States = ["CA", "NY"] };

        var actions = Actions(profile);

        var action = Assert.Single(actions, a => a.Title == "Read the State 30 waiver page");
        Assert.Contains("J-1 visa and want to work in New York", action.Reason, StringComparison.Ordinal);
        Assert.Equal("j1-waiver", action.GuidanceSlug);
    }

    [Fact]
    public void NextActions_NeedsAJ1ElsewhereThanNewYork_NamesTheStatesInTheReason()
    {
        var profile = Base with { VisaNeed = VisaNeed.J1, States = ["TX"] };

        var actions = Actions(profile);

        Assert.DoesNotContain(actions, a => a.Title == "Read the State 30 waiver page");
        Assert.Contains(actions, a => a.Title == "Read the J-1 waiver page" && a.Reason.Contains("Texas", StringComparison.Ordinal));
    }

    [Fact]
    public void NextActions_NeedsAnH1bWithoutStep3_SaysStep3IsAFederalConditionAndLinksToTheVisasPage()
    {
        var profile = Base with { VisaNeed = VisaNeed.H1B };

        var actions = Actions(profile);

        var action = Assert.Single(actions, a => a.Title == "Plan to take USMLE Step 3");
        Assert.Contains("required by federal rules", action.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("usually", action.Reason, StringComparison.Ordinal);
        Assert.Equal("visas", action.GuidanceSlug);
    }

    [Fact]
    public void NextActions_NeedsAnH1bAndPassedStep3_HasNoStep3Action()
    {
        var profile = Base with { VisaNeed = VisaNeed.H1B, Step3Score = 230, Step3Date = new DateOnly(2026, 5, 1) };

        var actions = Actions(profile);

        Assert.DoesNotContain(actions, a => a.Title == "Plan to take USMLE Step 3");
    }

    [Theory]
    [InlineData(EcfmgStatus.Certified, StepState.Done)]
    [InlineData(EcfmgStatus.InProgress, null)]
    [InlineData(EcfmgStatus.NotStarted, null)]
    public void Derive_Pathway_DoneOnceCertifiedOtherwiseTheMemberSays(EcfmgStatus status, StepState? expected)
    {
        var profile = Base with { EcfmgStatus = status, EcfmgCertifiedOn = status == EcfmgStatus.Certified ? new DateOnly(2025, 1, 1) : null };

        var state = RoadmapRules.Derive(Keys.Pathway, profile);

        Assert.Equal(expected, state);
    }

    [Fact]
    public void NextActions_WantsAMentor_LinksToTheMentorRequestForm()
    {
        var profile = Base with { WantsMentor = true };

        var actions = Actions(profile);

        var action = Assert.Single(actions, a => a.Title == "Ask for a mentor");
        Assert.Equal("/mentoring/request", action.Href);
    }

    [Fact]
    public void NextActions_NotCertified_ListsTheUnfinishedCertificationStepsWithTheReason()
    {
        var profile = Base with { Step1Result = ExamResult.Passed, Step1Date = new DateOnly(2024, 1, 1) };

        var actions = Actions(profile);

        var certification = actions.Where(a => a.Reason == RoadmapRules.NeededForCertification).Select(a => a.Title).ToList();
        Assert.Equal(["Take USMLE Step 2 CK", "English", "Complete an ECFMG Pathway", "Get ECFMG certification"], certification);
    }

    [Theory]
    [InlineData(31, true)]
    [InlineData(30, false)]
    public void NextActions_FcvsStartedAndNotComplete_FollowsUpOnlyAfter30Days(int daysAgo, bool expected)
    {
        var profile = Base with { FcvsStarted = true, FcvsStartedOn = Today.AddDays(-daysAgo) };

        var actions = Actions(profile);

        Assert.Equal(expected, actions.Any(a => a.Title == "Follow up with FCVS" && a.Reason.Contains("over 30 days ago", StringComparison.Ordinal)));
    }

    [Fact]
    public void NextActions_FcvsComplete_NoFollowUp()
    {
        var profile = Base with { FcvsStarted = true, FcvsStartedOn = Today.AddDays(-90), FcvsCompleted = true };

        var actions = Actions(profile);

        Assert.DoesNotContain(actions, a => a.Title == "Follow up with FCVS");
    }

    [Fact]
    public void NextActions_SeasonDateWithinAMonth_SaysHowFarAwayItIs()
    {
        var dates = new[] { new SeasonDateItem(1, "NRMP rank-order list deadline", Today.AddDays(12), SeasonDateKind.Deadline, 2027, "") };

        var actions = RoadmapRules.NextActions(Base, RoadmapRules.States(Steps, Base, new Dictionary<string, StepState>()), dates, Today);

        Assert.Contains(actions, a => a.Title == "Get ready: NRMP rank-order list deadline" && a.Reason.Contains("in 12 days", StringComparison.Ordinal));
    }

    [Fact]
    public void NextActions_NoProfile_AsksForTheProfile()
    {
        var actions = RoadmapRules.NextActions(null, [], [], Today);

        Assert.Equal("Fill in your profile", Assert.Single(actions).Title);
    }

    [Theory]
    [InlineData(0, "today")]
    [InlineData(1, "tomorrow")]
    [InlineData(7, "in 7 days")]
    [InlineData(-3, "3 days ago")]
    public void DaysAway_Offset_ReadsNaturally(int days, string expected)
    {
        var text = RoadmapRules.DaysAway(Today.AddDays(days), Today);

        Assert.Equal(expected, text);
    }

    [Fact]
    public void States_OetPassedAndPathwayCompleted_MarkTheirStepsDoneFromTheProfile()
    {
        var profile = Base with { OetPassed = true, OetDate = new DateOnly(2026, 3, 1), PathwayCompleted = true, PathwayDate = new DateOnly(2026, 6, 1) };

        var states = RoadmapRules.States(Steps, profile, new Dictionary<string, StepState>());

        Assert.All(states.Where(s => s.Step.Key is Keys.English or Keys.Pathway), s => Assert.Equal((StepState.Done, true), (s.State, s.FromProfile)));
    }

    [Fact]
    public void States_OetAndPathwayOnlyPlanned_AreLeftToTheMember()
    {
        var profile = Base with { OetDate = new DateOnly(2026, 12, 1), PathwayDate = new DateOnly(2027, 1, 10) };

        var states = RoadmapRules.States(Steps, profile, new Dictionary<string, StepState>());

        Assert.All(states.Where(s => s.Step.Key is Keys.English or Keys.Pathway), s => Assert.False(s.FromProfile));
    }

    private static IReadOnlyList<NextAction> Actions(ProfileData profile) =>
        RoadmapRules.NextActions(profile, RoadmapRules.States(Steps, profile, new Dictionary<string, StepState>()), [], Today);
}
