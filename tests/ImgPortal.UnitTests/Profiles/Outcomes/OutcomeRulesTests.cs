using ImgPortal.Core.Profiles.Outcomes;

namespace ImgPortal.UnitTests.Profiles.Outcomes;

public sealed class OutcomeRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static readonly DateOnly LastMonth = new(2026, 10, 15);

    [Fact]
    public void Validate_InterviewOffersWithACount_HasNoErrors()
    {
        var errors = OutcomeRules.Validate(new(MemberOutcomeKind.InterviewOffers, LastMonth, 4, null, null, null, null), Today);

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(201)]
    public void Validate_InterviewOffersWithoutAPlausibleCount_AsksForTheCount(int? count)
    {
        var errors = OutcomeRules.Validate(new(MemberOutcomeKind.InterviewOffers, LastMonth, count, null, null, null, null), Today);

        Assert.Equal([nameof(OutcomeDetails.InterviewCount)], errors.Select(e => e.Field));
    }

    [Fact]
    public void Validate_MatchWithoutProgramSpecialtyOrYear_GivesOneMessagePerField()
    {
        var errors = OutcomeRules.Validate(new(MemberOutcomeKind.MatchedToResidency, LastMonth, null, " ", "Astrology", 1800, null), Today);

        Assert.Equal([nameof(OutcomeDetails.Program), nameof(OutcomeDetails.Specialty), nameof(OutcomeDetails.MatchYear)], errors.Select(e => e.Field));
    }

    [Fact]
    public void Validate_CompleteMatch_HasNoErrors()
    {
        var errors = OutcomeRules.Validate(new(MemberOutcomeKind.MatchedToResidency, LastMonth, null, "Mercy General IM", "Internal Medicine", 2026, null), Today);

        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_LicenseWithoutAState_AsksForTheState()
    {
        var errors = OutcomeRules.Validate(new(MemberOutcomeKind.Licensed, LastMonth, null, null, null, null, "ZZ"), Today);

        Assert.Equal([nameof(OutcomeDetails.State)], errors.Select(e => e.Field));
    }

    [Fact]
    public void Validate_FutureOrMissingDate_AsksForAPastDate()
    {
        var future = OutcomeRules.Validate(new(MemberOutcomeKind.WaiverObtained, Today.AddDays(1), null, null, null, null, null), Today);
        var missing = OutcomeRules.Validate(new(MemberOutcomeKind.WaiverObtained, null, null, null, null, null, null), Today);

        Assert.Equal([nameof(OutcomeDetails.OccurredOn)], future.Select(e => e.Field));
        Assert.Equal([nameof(OutcomeDetails.OccurredOn)], missing.Select(e => e.Field));
    }

    [Fact]
    public void Normalize_WaiverWithStrayFields_KeepsOnlyTheKindAndDate()
    {
        var normalized = OutcomeRules.Normalize(new(MemberOutcomeKind.WaiverObtained, LastMonth, 3, "Program", "Internal Medicine", 2026, "NY"));

        Assert.Equal(new OutcomeDetails(MemberOutcomeKind.WaiverObtained, LastMonth, null, null, null, null, null), normalized);
    }

    [Fact]
    public void Describe_EachKind_ReadsAsASentenceFragment()
    {
        Assert.Equal("1 interview offer", OutcomeRules.Describe(new(MemberOutcomeKind.InterviewOffers, LastMonth, 1, null, null, null, null)));
        Assert.Equal("Matched to Mercy IM, Internal Medicine, Match 2026", OutcomeRules.Describe(new(MemberOutcomeKind.MatchedToResidency, LastMonth, null, "Mercy IM", "Internal Medicine", 2026, null)));
        Assert.Equal("Licensed in New York", OutcomeRules.Describe(new(MemberOutcomeKind.Licensed, LastMonth, null, null, null, null, "NY")));
        Assert.Equal("J-1 waiver obtained", OutcomeRules.Describe(new(MemberOutcomeKind.WaiverObtained, LastMonth, null, null, null, null, null)));
    }
}
