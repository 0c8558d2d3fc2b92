using ImgPortal.Core.Common;
using ImgPortal.Core.Content;

namespace ImgPortal.UnitTests.Content;

public sealed class SearchTermsTests
{
    [Fact]
    public void SplitTerms_MixedCaseWithPunctuationAndRepeats_ReturnsDistinctLowercaseWords()
    {
        var terms = GuidanceService.SplitTerms("  J-1 Waiver, waiver? \"FCVS\"  ");

        Assert.Equal(["j-1", "waiver", "fcvs"], terms);
    }

    [Fact]
    public void SplitTerms_ManyWords_KeepsOnlyTheFirstEight()
    {
        var terms = GuidanceService.SplitTerms("a b c d e f g h i j");

        Assert.Equal(8, terms.Count);
        Assert.Equal("h", terms[^1]);
    }

    [Fact]
    public void SplitTerms_OverlongQuery_IsCutToTheMaximumLength()
    {
        var terms = GuidanceService.SplitTerms(new string('x', GuidanceService.MaxQueryLength + 50));

        Assert.Equal(GuidanceService.MaxQueryLength, Assert.Single(terms).Length);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ?! ")]
    public void SplitTerms_NothingToSearch_ReturnsNoTerms(string? query)
    {
        Assert.Empty(GuidanceService.SplitTerms(query));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-3, 1)]
    [InlineData(4, 4)]
    public void ClampPage_AnyNumber_IsAtLeastOne(int page, int expected)
    {
        Assert.Equal(expected, Paging.ClampPage(page));
    }

    [Theory]
    [InlineData(0, 10, 1)]
    [InlineData(10, 10, 1)]
    [InlineData(11, 10, 2)]
    public void TotalPages_CountAndSize_RoundsUp(int total, int size, int expected)
    {
        var result = new PagedResult<string>([], 1, size, total);

        Assert.Equal(expected, result.TotalPages);
    }
}
