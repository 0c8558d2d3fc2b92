using ImgPortal.Core.Common;
using ImgPortal.Core.Content;
using ImgPortal.Core.Profiles;
using ImgPortal.Core.Records;
using ImgPortal.Core.Records.Contacts;
using ImgPortal.Core.Records.RoadmapSteps;
using ImgPortal.Core.Records.StatePathways;
using ImgPortal.Core.Records.WaiverYears;
using Moq;

namespace ImgPortal.UnitTests.Records;

/// <summary>The record types' rules, in Core: each field's check and the cross-field rules.</summary>
public sealed class RecordRulesTests
{
    private static readonly RecordRules Rules = new(new DateOnly(2026, 11, 26));

    [Fact]
    public void CheckFigures_SecondCategoryAboveTheTotal_IsAnErrorOnTheSecondCategory()
    {
        var year = new WaiverProgramYear { ProgramName = "State 30", Source = "Test", TotalWaivers = 5, SecondCategoryMax = 9 };

        var errors = year.CheckFigures();

        var error = Assert.Single(errors);
        Assert.Equal(nameof(WaiverProgramYear.SecondCategoryMax), error.Field);
        Assert.Equal("The second category cannot be more than the waivers a year.", error.Message);
    }

    [Theory]
    [InlineData(30, 10)]
    [InlineData(10, 10)]
    [InlineData(0, 0)]
    public void CheckFigures_SecondCategoryWithinTheTotal_IsFine(int total, int second)
    {
        var year = new WaiverProgramYear { ProgramName = "State 30", Source = "Test", TotalWaivers = total, SecondCategoryMax = second };

        Assert.Empty(year.CheckFigures());
    }

    [Fact]
    public void Write_WaiverFiguresWithTooLargeSecondCategory_ReportsTheCrossFieldRule()
    {
        var type = new WaiverProgramYearRecordType();
        var input = Input(
            ("ProgramName", "State 30"), ("Year", "2026"), ("TotalWaivers", "5"), ("SecondCategoryMax", "9"), ("SlotsUsed", "0"), ("FlexUsed", "0"),
            ("CycleStatus", "Open"), ("SourceUrl", "https://example.org/report"), ("Source", "Test"), ("AsOf", "2026-01-02"));

        var errors = type.Write(type.Create(), input, Rules, creating: true);

        Assert.Equal([new FieldError("SecondCategoryMax", "The second category cannot be more than the waivers a year.")], errors);
    }

    [Theory]
    [InlineData("https://example.gov/law | Law | 2026-11-27", "Line 1: the verified date cannot be in the future.")]
    [InlineData("", "Give at least one source.")]
    [InlineData("ftp://example.gov/law | Law | 2026-01-02", "Line 1: give a full web address starting with http:// or https://.")]
    [InlineData("https://example.gov/law | Law | 2026-01-02\nhttps://example.gov/b | | 2026-01-02", "Line 2: give the source's title.")]
    [InlineData("https://example.gov/law | Law | 26/11/2026", "Line 1: give the date it was verified as year-month-day, e.g. 2026-01-31.")]
    [InlineData("https://example.gov/law, Law, 2026-01-02", "Line 1: write the address, the title and the date, separated by \"|\".")]
    public void Write_StatePathwaySources_AreCheckedLineByLine(string sources, string expected)
    {
        var type = new StatePathwayRecordType();
        var input = PathwayInput(("Sources", sources));

        var errors = type.Write(type.Create(), input, Rules, creating: true);

        Assert.Equal([new FieldError("Sources", expected)], errors);
    }

    [Fact]
    public void Write_StatePathwayEndingBeforeItTakesEffect_IsAnErrorOnTheEndDate()
    {
        var type = new StatePathwayRecordType();
        var input = PathwayInput(("EffectiveOn", "2024-07-01"), ("EndsOn", "2024-06-30"));

        var errors = type.Write(type.Create(), input, Rules, creating: true);

        Assert.Equal([new FieldError("EndsOn", "The end date cannot be before the effective date.")], errors);
    }

    [Fact]
    public void Write_StatePathwayValid_IsWrittenOntoTheEntityWithItsRequirementsAndSources()
    {
        var type = new StatePathwayRecordType();
        var target = type.Create();
        var input = PathwayInput(("State", "tn"), ("SupervisedPeriod", "Two years."), ("SupervisedPeriodStatus", "Required"), ("EndsOn", ""));

        var errors = type.Write(target, input, Rules, creating: true);

        Assert.Empty(errors);
        Assert.Equal("TN", target.State);
        Assert.Equal(PathwayKind.FullLicenseWithoutUsResidency, target.Kind);
        Assert.Equal(PathwayStatus.EnactedRulesPending, target.Status);
        Assert.Equal("Two years.", target.SupervisedPeriod);
        Assert.Equal(RequirementStatus.Required, target.SupervisedPeriodStatus);
        Assert.Null(target.EndsOn);
        var source = Assert.Single(PathwaySources.Read(target.Sources));
        Assert.Equal(new Uri("https://example.gov/law"), source.Url);
        Assert.Equal(new DateOnly(2026, 11, 2), source.VerifiedOn);
    }

    [Fact]
    public void Write_StatePathwayRequirementStatusMissing_AsksForIt()
    {
        var type = new StatePathwayRecordType();
        var input = PathwayInput(("UsmleStepsStatus", ""));

        var errors = type.Write(type.Create(), input, Rules, creating: true);

        Assert.Equal([new FieldError("UsmleStepsStatus", "Say whether it is required, or unknown.")], errors);
    }

    /// <summary>A valid state pathway form, with <paramref name="changes"/> applied.</summary>
    private static RecordInput PathwayInput(params (string Field, string Value)[] changes)
    {
        var values = new Dictionary<string, string?>
        {
            ["State"] = "TN",
            ["Name"] = "Test pathway",
            ["Kind"] = "FullLicenseWithoutUsResidency",
            ["Status"] = "EnactedRulesPending",
            ["Summary"] = "A test.",
            ["Sources"] = "https://example.gov/law | Test law | 2026-11-02",
        };
        foreach (var requirement in PathwayRequirements.All)
        {
            values[requirement.Name] = "Test detail.";
            values[requirement.StatusName] = "Unknown";
        }

        foreach (var (field, value) in changes)
        {
            values[field] = value;
        }

        return new RecordInput(0, Guid.Empty, values);
    }

    [Fact]
    public void Write_ContactWithBadEmailAndTooLongOffice_GivesOneMessagePerField()
    {
        var type = new ContactPointRecordType();
        var input = Input(("Office", new string('x', ContactPoint.OfficeMaxLength + 1)), ("Purpose", "P"), ("Email", "not an address"), ("SortOrder", "1"));

        var errors = type.Write(type.Create(), input, Rules, creating: true);

        Assert.Equal(
            [new FieldError("Office", "Keep the office under 200 characters."), new FieldError("Email", "Give a valid e-mail address, or leave it empty.")],
            errors);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("10001")]
    [InlineData("")]
    [InlineData("ten")]
    public void Write_PositionOutsideItsRange_IsRefused(string position)
    {
        var type = new ContactPointRecordType();
        var input = Input(("Office", "O"), ("Purpose", "P"), ("SortOrder", position));

        var errors = type.Write(type.Create(), input, Rules, creating: true);

        Assert.Equal([new FieldError("SortOrder", "Give a position from 0 to 10,000.")], errors);
    }

    [Fact]
    public void Write_RoadmapStepOnEdit_LeavesTheKeyAsItWas()
    {
        var type = new RoadmapStepRecordType(Mock.Of<IMemberStages>());
        var step = new RoadmapStep { Key = "usmle-step3", Title = "Step 3" };
        var input = Input(("Key", "renamed"), ("Title", "Retitled"), ("Stage", "Exams"), ("SortOrder", "1"));

        var errors = type.Write(step, input, Rules, creating: false);

        Assert.Empty(errors);
        Assert.Equal("usmle-step3", step.Key);
        Assert.Equal("Retitled", step.Title);
    }

    [Theory]
    [InlineData("Complete", "Choose one of the stages listed.")]
    [InlineData("Nowhere", "Choose one of the stages listed.")]
    [InlineData("", "Choose the stage the step belongs to.")]
    public void Write_RoadmapStepStageNotOffered_IsRefused(string stage, string expected)
    {
        var type = new RoadmapStepRecordType(Mock.Of<IMemberStages>());
        var input = Input(("Key", "a-step"), ("Title", "A step"), ("Stage", stage), ("SortOrder", "1"));

        var errors = type.Write(type.Create(), input, Rules, creating: true);

        Assert.Equal([new FieldError("Stage", expected)], errors);
    }

    [Theory]
    [InlineData("Bad Key!")]
    [InlineData("double--hyphen")]
    [InlineData("-leading")]
    public void Write_RoadmapStepKeyOutsideThePattern_IsRefused(string key)
    {
        var type = new RoadmapStepRecordType(Mock.Of<IMemberStages>());
        var input = Input(("Key", key), ("Title", "A step"), ("Stage", "Exams"), ("SortOrder", "1"));

        var errors = type.Write(type.Create(), input, Rules, creating: true);

        Assert.Equal([new FieldError("Key", "Use lowercase letters, digits and single hyphens only, e.g. usmle-step1.")], errors);
    }

    [Fact]
    public void StateField_OnlyAStateCode_IsAccepted()
    {
        var field = new StateField<ContactPoint>("State", "State", c => c.Address, (c, v) => c.Address = v, "Choose the state.");
        var contact = new ContactPoint { Office = "O", Purpose = "P" };

        Assert.Equal("Choose the state.", field.Write(contact, string.Empty, Rules));
        Assert.Equal("Choose one of the states listed.", field.Write(contact, "ZZ", Rules));
        Assert.Null(field.Write(contact, "NY", Rules));
        Assert.Equal("NY", contact.Address);
        Assert.Equal("New York", field.Display("NY"));
    }

    private static RecordInput Input(params (string Field, string Value)[] values) =>
        new(0, Guid.Empty, values.ToDictionary(v => v.Field, v => (string?)v.Value));
}
