using ImgPortal.Core.Glossary;

namespace ImgPortal.UnitTests.Glossary;

public sealed class GlossaryAnchorsTests
{
    [Theory]
    [InlineData("ECFMG", "/glossary#ecfmg")]
    [InlineData("MUA/P", "/glossary#mua-p")]
    [InlineData("Flex slot", "/glossary#flex-slot")]
    [InlineData("DS-2019", "/glossary#ds-2019")]
    public void Href_Term_IsTheGlossaryPageWithTheTermsAnchor(string term, string expected)
    {
        var href = GlossaryAnchors.Href(term);

        Assert.Equal(expected, href);
    }

    [Theory]
    [InlineData("ECFMG", 'E')]
    [InlineData("flex slot", 'F')]
    [InlineData("90-day rule", '#')]
    public void LetterOf_Term_IsItsCapitalFirstLetterOrHash(string term, char expected)
    {
        var letter = GlossaryAnchors.LetterOf(term);

        Assert.Equal(expected, letter);
    }
}
