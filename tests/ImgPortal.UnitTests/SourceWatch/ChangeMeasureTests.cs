using ImgPortal.Core.SourceWatch;

namespace ImgPortal.UnitTests.SourceWatch;

public sealed class ChangeMeasureTests
{
    private const string Before = "Applicants need three years of supervised practice before a full license";

    [Fact]
    public void Fraction_SameText_IsZero()
    {
        Assert.Equal(0, ChangeMeasure.Fraction(Before, Before));
    }

    [Fact]
    public void Fraction_OneWordReplaced_CountsItOutAndIn()
    {
        var after = Before.Replace("three", "two", StringComparison.Ordinal);

        Assert.Equal(2.0 / 11, ChangeMeasure.Fraction(Before, after), 3);
    }

    [Fact]
    public void IsChange_ZeroThreshold_AnyChangedWordCounts()
    {
        Assert.True(ChangeMeasure.IsChange(Before, Before.Replace("three", "two", StringComparison.Ordinal), 0));
        Assert.False(ChangeMeasure.IsChange(Before, Before, 0));
    }

    [Fact]
    public void IsChange_ChangeUnderTheThreshold_DoesNotCount()
    {
        var after = Before.Replace("three", "two", StringComparison.Ordinal);

        Assert.False(ChangeMeasure.IsChange(Before, after, 0.5));
        Assert.True(ChangeMeasure.IsChange(Before, after, 0.1));
    }
}
