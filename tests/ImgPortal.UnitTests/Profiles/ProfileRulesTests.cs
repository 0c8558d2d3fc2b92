using ImgPortal.Core.Profiles;

namespace ImgPortal.UnitTests.Profiles;

public sealed class ProfileRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static readonly ProfileData Valid = new()
    {
        MedicalSchoolCountry = "Egypt",
        MedicalSchoolName = "Cairo University",
        GraduationYear = 2021,
        Step2CkScore = 250,
        Step2CkDate = new DateOnly(2025, 3, 1),
        Specialties = ["Pediatrics"],
        States = ["NY"],
    };

    [Fact]
    public void Validate_ValidProfile_HasNoErrors()
    {
        var errors = ProfileRules.Validate(Valid, Today);

        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_DateInTheFuture_IsRefusedForThatField()
    {
        var errors = ProfileRules.Validate(Valid with { Step2CkDate = Today.AddDays(1) }, Today);

        Assert.Equal(nameof(ProfileData.Step2CkDate), Assert.Single(errors).Field);
    }

    [Fact]
    public void Validate_ScoreWithoutADate_AsksForTheDate()
    {
        var errors = ProfileRules.Validate(Valid with { Step3Score = 220 }, Today);

        var error = Assert.Single(errors);
        Assert.Equal(nameof(ProfileData.Step3Date), error.Field);
        Assert.Contains("with its score", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1959)]
    [InlineData(2033)]
    public void Validate_GraduationYearOutOfRange_IsRefused(int year)
    {
        var errors = ProfileRules.Validate(Valid with { GraduationYear = year }, Today);

        Assert.Equal(nameof(ProfileData.GraduationYear), Assert.Single(errors).Field);
    }

    [Fact]
    public void Validate_ValuesOutsideTheLists_AreRefused()
    {
        var errors = ProfileRules.Validate(Valid with { Specialties = ["Astrology"], States = ["ZZ"] }, Today);

        Assert.Equal([nameof(ProfileData.Specialties), nameof(ProfileData.States)], errors.Select(e => e.Field));
    }

    [Fact]
    public void Validate_CertifiedWithoutDate_AsksForTheDate()
    {
        var errors = ProfileRules.Validate(Valid with { EcfmgStatus = EcfmgStatus.Certified }, Today);

        Assert.Equal(nameof(ProfileData.EcfmgCertifiedOn), Assert.Single(errors).Field);
    }

    [Fact]
    public void Validate_OetPassedWithoutADate_AsksForTheDayAtTheField()
    {
        var error = Assert.Single(ProfileRules.Validate(Valid with { OetPassed = true }, Today));

        Assert.Equal(nameof(ProfileData.OetDate), error.Field);
        Assert.Equal("Enter the date you passed OET Medicine.", error.Message);
    }

    [Fact]
    public void Validate_OetPassedInTheFuture_IsRefusedAtTheField()
    {
        var error = Assert.Single(ProfileRules.Validate(Valid with { OetPassed = true, OetDate = Today.AddDays(1) }, Today));

        Assert.Equal(nameof(ProfileData.OetDate), error.Field);
        Assert.Contains("cannot be in the future", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PathwayPlannedInThePast_IsRefusedAtTheField()
    {
        var error = Assert.Single(ProfileRules.Validate(Valid with { PathwayDate = Today.AddDays(-1) }, Today));

        Assert.Equal(nameof(ProfileData.PathwayDate), error.Field);
        Assert.Equal("A planned date for your ECFMG Pathway is today or later. If you have completed it, tick the box.", error.Message);
    }

    [Fact]
    public void Validate_PathwayPlannedBeyondTheYearsAhead_IsRefusedAtTheField()
    {
        var error = Assert.Single(ProfileRules.Validate(Valid with { PathwayDate = Today.AddYears(ProfileRules.MaxYearsAhead).AddDays(1) }, Today));

        Assert.Equal(nameof(ProfileData.PathwayDate), error.Field);
    }

    [Fact]
    public void Validate_OetPlannedTodayAndPathwayCompletedToday_AreAccepted()
    {
        var errors = ProfileRules.Validate(Valid with { OetDate = Today, PathwayCompleted = true, PathwayDate = Today }, Today);

        Assert.Empty(errors);
    }
}
