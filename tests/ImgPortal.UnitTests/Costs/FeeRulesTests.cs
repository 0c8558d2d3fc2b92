using ImgPortal.Core.Costs;

namespace ImgPortal.UnitTests.Costs;

public sealed class FeeRulesTests
{
    private static Fee Valid() => new() { Item = FeeItem.WaiverDs3035, AmountLow = 120, AmountHigh = 120, Scaling = FeeScaling.Once, Notes = string.Empty };

    [Fact]
    public void Check_ValidFee_HasNoErrors() => Assert.Empty(FeeRules.Check(Valid()));

    [Fact]
    public void Check_OneAmountOnly_AsksForBothOrNeither() =>
        Assert.Contains(FeeRules.Check(Valid().With(f => f.AmountHigh = null)), e => e.Message == FeeRules.BothOrNeither);

    [Fact]
    public void Check_HighBelowLow_IsRefused() =>
        Assert.Contains(FeeRules.Check(Valid().With(f => f.AmountHigh = 100)), e => e.Message == FeeRules.HighBelowLow);

    [Fact]
    public void Check_UnknownWithoutNote_AsksWhatIsNotKnown() =>
        Assert.Contains(FeeRules.Check(Valid().With(f => { f.AmountLow = null; f.AmountHigh = null; })), e => e.Message == FeeRules.UnknownNeedsNote);

    [Fact]
    public void Check_BandOnAOnceFee_IsRefused() =>
        Assert.Contains(FeeRules.Check(Valid().With(f => f.TierFrom = 21)), e => e.Message == FeeRules.BandsOnlyPerProgram);

    [Fact]
    public void Check_BandEndingBeforeItStarts_IsRefused() =>
        Assert.Contains(
            FeeRules.Check(Valid().With(f => { f.Scaling = FeeScaling.PerProgram; f.TierFrom = 31; f.TierTo = 30; })),
            e => e.Message == FeeRules.BandBackwards);
}

internal static class FeeTestExtensions
{
    public static Fee With(this Fee fee, Action<Fee> change)
    {
        change(fee);
        return fee;
    }
}
