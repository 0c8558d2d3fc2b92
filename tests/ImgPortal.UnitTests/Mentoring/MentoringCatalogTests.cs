using ImgPortal.Core.Mentoring;

namespace ImgPortal.UnitTests.Mentoring;

public sealed class MentoringCatalogTests
{
    [Fact]
    public void CountriesProblem_ACountryOverTheColumnLength_IsNamedNotDropped()
    {
        var text = "India, " + new string('x', MentoringCatalog.MaxCountryLength + 1);

        var problem = MentoringCatalog.CountriesProblem(text);

        Assert.Equal("Keep each country to 60 characters.", problem);
    }

    [Fact]
    public void CountriesProblem_MoreThanTenCountries_IsNamedNotDropped()
    {
        var text = string.Join(", ", Enumerable.Range(1, MentoringCatalog.MaxCountries + 1).Select(i => $"Country {i}"));

        var problem = MentoringCatalog.CountriesProblem(text);

        Assert.Equal("List up to 10 countries.", problem);
    }

    [Fact]
    public void CountriesProblem_TenCountriesEachSixtyCharacters_IsFineAndAllAreKept()
    {
        var countries = Enumerable.Range(0, MentoringCatalog.MaxCountries).Select(i => (char)('A' + i) + new string('x', MentoringCatalog.MaxCountryLength - 1)).ToList();
        var text = string.Join("; ", countries);

        var problem = MentoringCatalog.CountriesProblem(text);

        Assert.Null(problem);
        Assert.Equal(MentoringCatalog.MaxCountries, MentoringCatalog.ParseCountries(text).Count);
    }
}
