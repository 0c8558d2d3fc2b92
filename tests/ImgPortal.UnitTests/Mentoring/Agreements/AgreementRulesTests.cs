using ImgPortal.Core.Mentoring.Agreements;

namespace ImgPortal.UnitTests.Mentoring.Agreements;

public sealed class AgreementRulesTests
{
    [Fact]
    public void Validate_EverythingGiven_NoErrors()
    {
        var errors = AgreementRules.Validate(new AgreementDetails("Prepare for interviews.", MeetingFrequency.Monthly, 6, true));

        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_NothingGiven_OneMessagePerField()
    {
        var errors = AgreementRules.Validate(new AgreementDetails("  ", null, null, false));

        Assert.Equal(
            [nameof(AgreementDetails.Goals), nameof(AgreementDetails.Frequency), nameof(AgreementDetails.Months), nameof(AgreementDetails.AcceptsCodeOfConduct)],
            errors.Select(e => e.Field));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(25)]
    public void Validate_LengthOutsideOneToTwentyFourMonths_IsRefused(int months)
    {
        var errors = AgreementRules.Validate(new AgreementDetails("Goals", MeetingFrequency.Weekly, months, true));

        Assert.Equal(nameof(AgreementDetails.Months), Assert.Single(errors).Field);
    }

    [Fact]
    public void Validate_GoalsLongerThanTheSchema_IsRefused()
    {
        var errors = AgreementRules.Validate(new AgreementDetails(new string('g', AgreementRules.MaxGoalsLength + 1), MeetingFrequency.Weekly, 6, true));

        Assert.Equal(nameof(AgreementDetails.Goals), Assert.Single(errors).Field);
    }

    [Fact]
    public void PlannedEnd_SixMonthsFromTheDayOfAcceptance()
    {
        var end = AgreementRules.PlannedEnd(new DateTime(2026, 8, 31, 23, 0, 0, DateTimeKind.Utc), 6);

        Assert.Equal(new DateOnly(2027, 2, 28), end);
    }

    [Theory]
    [InlineData("2027-02-27", true)]
    [InlineData("2027-02-28", false)]
    [InlineData("2027-03-10", false)]
    public void IsEarly_BeforeThePlannedEndOnly(string today, bool early)
    {
        var now = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);

        Assert.Equal(early, AgreementRules.IsEarly(new DateOnly(2027, 2, 28), now));
        Assert.False(AgreementRules.IsEarly(null, now));
    }
}
