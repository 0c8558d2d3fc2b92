using ImgPortal.Core.Content;
using ImgPortal.Core.Costs;
using ImgPortal.Infrastructure.Data.Seed;

namespace ImgPortal.UnitTests.Infrastructure.Data.Seed;

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

    [Fact]
    public void SeededFees_WithASecondarySource_AreLabelledAndOetSaysItIsSecondaryOnly()
    {
        var withSecondary = FeeSeed.Fees()
            .Where(f => f.IsKnown)
            .Where(f => PathwaySources.Parse(f.Sources).Sources.Any(s => s.Title.Contains("(secondary source", StringComparison.Ordinal)))
            .ToList();

        Assert.Contains(withSecondary, f => f.Item == FeeItem.OetMedicine);
        Assert.All(withSecondary, f => Assert.Contains("secondary source", f.Notes, StringComparison.Ordinal));
        var oet = FeeSeed.Fees().Single(f => f.Item == FeeItem.OetMedicine);
        Assert.StartsWith("From secondary sources only", oet.Notes, StringComparison.Ordinal);
        Assert.DoesNotContain(PathwaySources.Parse(oet.Sources).Sources, s => s.Url.Host.EndsWith("occupationalenglishtest.org", StringComparison.Ordinal));
    }

    [Fact]
    public void SeededFees_CiteOnlyTheOrganizationsPublicSites()
    {
        // FSMB's content-system hosts (the "inte" one is pre-production) are not pages the public can rely on
        // (facts check 2026-12, row 34): the planner links its readers to fsmb.org instead.
        var hosts = FeeSeed.Fees().SelectMany(f => PathwaySources.Parse(f.Sources).Sources).Select(s => s.Url.Host).ToList();

        Assert.DoesNotContain(hosts, h => h.EndsWith("episerver.net", StringComparison.OrdinalIgnoreCase));
        Assert.All(
            FeeSeed.Fees().Where(f => f.Item is FeeItem.FcvsFirstApplication or FeeItem.FcvsPerBoard),
            f => Assert.Equal("www.fsmb.org", PathwaySources.Parse(f.Sources).Sources[0].Url.Host));
    }

    [Fact]
    public void SeededFees_NewYorkLicense_IsTheNysedFeeWithItsPrimarySource()
    {
        var fee = FeeSeed.Fees().Single(f => f.Item == FeeItem.NewYorkLicense);

        Assert.Equal((735m, 735m, "USD"), (fee.AmountLow!.Value, fee.AmountHigh!.Value, fee.Currency));
        var source = PathwaySources.Parse(fee.Sources).Sources[0];
        Assert.Equal("eservices.nysed.gov", source.Url.Host);
        Assert.DoesNotContain("secondary", source.Title, StringComparison.Ordinal);
    }
}
