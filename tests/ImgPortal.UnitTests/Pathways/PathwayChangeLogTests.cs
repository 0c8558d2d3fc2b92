using ImgPortal.Core.Pathways;

namespace ImgPortal.UnitTests.Pathways;

public sealed class PathwayChangeLogTests
{
    private static readonly DateTime At = new(2026, 11, 3, 15, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Describe_RequirementTextChanged_IsARequirementsLineWithBeforeAndAfter()
    {
        var changes = PathwayChangeLog.Describe(7, At, """{"SupervisedPeriod":"2 years"}""", """{"SupervisedPeriod":"3 years"}""");

        var change = Assert.Single(changes);
        Assert.Equal("Requirements updated on 3 Nov 2026: supervised or provisional period: 2 years → 3 years", change.Sentence("3 Nov 2026"));
        Assert.Equal(7, change.PathwayId);
        Assert.Equal(new DateOnly(2026, 11, 3), change.On);
    }

    [Fact]
    public void Describe_StatusStoredAsNumbers_IsShownInWords()
    {
        var changes = PathwayChangeLog.Describe(1, At, """{"Status":1,"UsmleStepsStatus":0}""", """{"Status":2,"UsmleStepsStatus":1}""");

        Assert.Equal(
            ["Status updated on 3 Nov 2026: status: Enacted, rules pending → Accepting applications", "Requirements updated on 3 Nov 2026: USMLE steps: status: Unknown → Required"],
            changes.Select(c => c.Sentence("3 Nov 2026")));
    }

    [Fact]
    public void Describe_LongTextsAndDates_SaysRevisedOrNotSet()
    {
        var changes = PathwayChangeLog.Describe(1, At, """{"Summary":"Old.","EndsOn":null}""", """{"Summary":"New.","EndsOn":"2027-06-30"}""");

        Assert.Equal(
            ["Dates updated on 3 Nov 2026: ends or ended on: not set → 2027-06-30", "Summary updated on 3 Nov 2026: plain summary revised"],
            changes.Select(c => c.Sentence("3 Nov 2026")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Describe_AddedOrDeletedEntry_HasNoLines()
    {
        Assert.Empty(PathwayChangeLog.Describe(1, At, null, """{"Name":"New"}"""));
        Assert.Empty(PathwayChangeLog.Describe(1, At, """{"Name":"Old"}""", null));
    }
}
