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
}
