using ImgPortal.Core.Programs.Lca;

namespace ImgPortal.UnitTests.Programs.Lca;

public sealed class EmployerNamesTests
{
    [Theory]
    [InlineData("The Mount Sinai Hospital", "MOUNT SINAI HOSPITAL")]
    [InlineData("MOUNT SINAI HOSPITAL, THE", "MOUNT SINAI HOSPITAL")]
    [InlineData("Mt. Sinai Hosp.", "MOUNT SINAI HOSPITAL")]
    [InlineData("NYU Langone Hospitals, Inc.", "NYU LANGONE HOSPITALS")]
    [InlineData("Northwell Health LLC", "NORTHWELL HEALTH")]
    [InlineData("Maimonides Medical Center Corporation", "MAIMONIDES MEDICAL CENTER")]
    [InlineData("Maimonides Med Ctr", "MAIMONIDES MEDICAL CENTER")]
    [InlineData("St. Barnabas Hospital", "SAINT BARNABAS HOSPITAL")]
    [InlineData("St Luke's-Roosevelt Hospital Center", "SAINT LUKES ROOSEVELT HOSPITAL CENTER")]
    [InlineData("New York-Presbyterian Hospital", "NEW YORK PRESBYTERIAN HOSPITAL")]
    [InlineData("Health & Hospitals Corp.", "HEALTH AND HOSPITALS")]
    [InlineData("  Jamaica   Hospital\tMedical Center ", "JAMAICA HOSPITAL MEDICAL CENTER")]
    public void Normalize_SpellingsOfOneEmployer_GiveOneKey(string name, string expected) =>
        Assert.Equal(expected, EmployerNames.Normalize(name));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" , . ")]
    [InlineData("The Inc LLC")]
    public void Normalize_NothingButPunctuationOrLegalForm_IsEmpty(string? name) =>
        Assert.Equal(string.Empty, EmployerNames.Normalize(name));

    [Fact]
    public void Normalize_DifferentEmployers_StayDifferent() =>
        Assert.NotEqual(EmployerNames.Normalize("Mount Sinai Hospital"), EmployerNames.Normalize("Mount Sinai Beth Israel"));
}
