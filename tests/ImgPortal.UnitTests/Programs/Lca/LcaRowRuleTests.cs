using ImgPortal.Core.Programs.Lca;

namespace ImgPortal.UnitTests.Programs.Lca;

public sealed class LcaRowRuleTests
{
    private static LcaRow Row(
        string status = "Certified", string visa = "H-1B", string state = "NY", string soc = "29-1229.00",
        string job = "Resident Physician", string socTitle = "Physicians, All Other") =>
        new(2, "I-200-1", status, new DateOnly(2024, 10, 1), visa, job, soc, socTitle, "Mount Sinai Hospital", state);

    [Fact]
    public void Keeps_CertifiedH1BResidentPhysicianInNewYork_IsTrue() => Assert.True(LcaRowRule.Keeps(Row()));

    [Theory]
    [InlineData("Certified - Withdrawn")]
    [InlineData("Denied")]
    [InlineData("Withdrawn")]
    public void Keeps_CaseNotCertified_IsFalse(string status) => Assert.False(LcaRowRule.Keeps(Row(status: status)));

    [Theory]
    [InlineData("E-3 Australian")]
    [InlineData("H-1B1 Chile")]
    [InlineData("H-1B1 Singapore")]
    public void Keeps_OtherVisa_IsFalse(string visa) => Assert.False(LcaRowRule.Keeps(Row(visa: visa)));

    [Theory]
    [InlineData("NJ")]
    [InlineData("NEW JERSEY")]
    [InlineData("")]
    public void Keeps_WorksiteOutsideNewYork_IsFalse(string state) => Assert.False(LcaRowRule.Keeps(Row(state: state)));

    [Theory]
    [InlineData("NY")]
    [InlineData("New York")]
    [InlineData(" ny ")]
    public void Keeps_NewYorkSpelledEitherWay_IsTrue(string state) => Assert.True(LcaRowRule.Keeps(Row(state: state)));

    [Theory]
    [InlineData("29-1216.00")]
    [InlineData("29-1221")]
    [InlineData("29-1249.00")]
    [InlineData("29-1069.00")]
    public void Keeps_PhysicianOrSurgeonSoc_IsTrue(string soc) => Assert.True(LcaRowRule.Keeps(Row(soc: soc)));

    [Theory]
    [InlineData("29-1291.00")]
    [InlineData("29-1171.00")]
    [InlineData("25-1071.00")]
    [InlineData("15-1252.00")]
    public void Keeps_OtherOccupation_IsFalse(string soc) => Assert.False(LcaRowRule.Keeps(Row(soc: soc)));

    [Theory]
    [InlineData("Resident Physician PGY-2")]
    [InlineData("Clinical Fellow - Cardiology")]
    [InlineData("House Staff Officer")]
    [InlineData("PGY3")]
    [InlineData("Fellowship, Gastroenterology")]
    [InlineData("Medical Intern")]
    public void Keeps_TraineeTitle_IsTrue(string job) => Assert.True(LcaRowRule.Keeps(Row(job: job)));

    [Theory]
    [InlineData("Attending Physician")]
    [InlineData("Hospitalist")]
    [InlineData("Residential Care Physician")]
    [InlineData("Internist")]
    public void Keeps_NonTraineeTitle_IsFalse(string job) => Assert.False(LcaRowRule.Keeps(Row(job: job)));

    [Theory]
    [InlineData(2024, 9, 30, 2024)]
    [InlineData(2024, 10, 1, 2025)]
    [InlineData(2025, 1, 15, 2025)]
    public void FiscalYearOf_Date_IsTheFederalFiscalYear(int year, int month, int day, int expected) =>
        Assert.Equal(expected, LcaRowRule.FiscalYearOf(new DateOnly(year, month, day)));
}
