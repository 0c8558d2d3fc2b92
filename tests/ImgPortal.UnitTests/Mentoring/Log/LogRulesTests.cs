using ImgPortal.Core.Mentoring.Log;

namespace ImgPortal.UnitTests.Mentoring.Log;

public sealed class LogRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Fact]
    public void Validate_MeetingWithDateAndNote_NoErrors()
    {
        Assert.Empty(LogRules.Validate(new LogEntryDetails(Today, LogEntryKind.Meeting, "First call."), Today));
    }

    [Fact]
    public void Validate_NothingGiven_OneMessagePerField()
    {
        var errors = LogRules.Validate(new LogEntryDetails(null, null, " "), Today);

        Assert.Equal([nameof(LogEntryDetails.OccurredOn), nameof(LogEntryDetails.Kind), nameof(LogEntryDetails.Note)], errors.Select(e => e.Field));
    }

    [Fact]
    public void Validate_DateMoreThanAYearAhead_IsRefused()
    {
        var errors = LogRules.Validate(new LogEntryDetails(Today.AddDays(LogRules.MaxDaysAhead + 1), LogEntryKind.Goal, "Pass Step 2"), Today);

        Assert.Equal(nameof(LogEntryDetails.OccurredOn), Assert.Single(errors).Field);
    }

    [Fact]
    public void Validate_NoteLongerThanTheSchema_IsRefused()
    {
        var errors = LogRules.Validate(new LogEntryDetails(Today, LogEntryKind.Goal, new string('n', LogRules.MaxNoteLength + 1)), Today);

        Assert.Equal(nameof(LogEntryDetails.Note), Assert.Single(errors).Field);
    }
}
