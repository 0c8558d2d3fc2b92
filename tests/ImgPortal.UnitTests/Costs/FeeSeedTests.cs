using ImgPortal.Core.Content;
using ImgPortal.Core.Costs;
using ImgPortal.Infrastructure.Data.Seed;

namespace ImgPortal.UnitTests.Costs;

public sealed class FeeSeedTests
{
    public static TheoryData<string> Purposes => [.. FeeSeed.Fees().Select(f => f.Purpose)];

    [Theory]
    [MemberData(nameof(Purposes))]
    public void SeededFee_HasASourceACheckedDateAndKeepsTheRules(string purpose)
    {
        var fee = FeeSeed.Fees().Single(f => f.Purpose == purpose);

        var (sources, problems) = PathwaySources.Parse(fee.Sources, new DateOnly(2026, 12, 7));
        Assert.Empty(problems);
        Assert.NotEmpty(sources);
        Assert.Equal(new DateOnly(2026, 12, 7), fee.CheckedOn);
        Assert.Empty(FeeRules.Check(fee));
        Assert.True(fee.Purpose.Length <= Fee.PurposeMaxLength && fee.Notes.Length <= Fee.NotesMaxLength && fee.Sources.Length <= Fee.SourcesMaxLength);
    }

    [Fact]
    public void SeededFees_UnknownOnes_SayWhatIsNotKnownAndAreNeverZero()
    {
        var fees = FeeSeed.Fees();

        Assert.All(fees.Where(f => !f.IsKnown), f => Assert.False(string.IsNullOrWhiteSpace(f.Notes)));
        Assert.All(fees.Where(f => f.IsKnown), f => Assert.True(f.AmountLow > 0));
        Assert.Contains(fees, f => !f.IsKnown);
    }

    [Fact]
    public void SeededFees_CoverEveryItemThePlannerPrices()
    {
        var items = FeeSeed.Fees().Select(f => f.Item).ToHashSet();

        Assert.All(Enum.GetValues<FeeItem>().Where(i => i != FeeItem.Other), i => Assert.Contains(i, items));
    }
}
