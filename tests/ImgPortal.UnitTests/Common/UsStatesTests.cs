using ImgPortal.Core.Common;

namespace ImgPortal.UnitTests.Common;

public class UsStatesTests
{
    [Fact]
    public void All_HasFiftyStatesAndDcSortedByName()
    {
        var names = UsStates.All.Select(s => s.Name).ToList();

        Assert.Equal(51, UsStates.All.Count);
        Assert.Equal(names.OrderBy(n => n, StringComparer.Ordinal), names);
        Assert.Contains(UsStates.All, s => s is { Code: "DC", Name: "District of Columbia" });
    }

    [Theory]
    [InlineData("tn", "Tennessee")]
    [InlineData("NY", "New York")]
    public void Find_IgnoresCase(string code, string name)
    {
        Assert.Equal(name, UsStates.Find(code)?.Name);
        Assert.True(UsStates.IsCode(code));
    }

    [Fact]
    public void NameOf_UnknownCode_ReturnsTheCode()
    {
        Assert.Equal("ZZ", UsStates.NameOf("ZZ"));
        Assert.False(UsStates.IsCode("ZZ"));
        Assert.Null(UsStates.Find(null));
    }

    [Fact]
    public void OrderByStateName_CodesWhoseOrderDiffersFromTheirNames_SortsByNameWithUnknownCodesLast()
    {
        var codes = new[] { "IA", "ZZ", "IN", "AK", "AL", "ME", "MA", "MD" }.AsQueryable();

        var ordered = codes.OrderByStateName(c => c).ToList();

        Assert.Equal(["AL", "AK", "IN", "IA", "ME", "MD", "MA", "ZZ"], ordered);
    }

    [Fact]
    public void ThenByStateName_AfterAnotherOrdering_SortsWithinItByName()
    {
        var rows = new[] { (Group: 2, State: "AK"), (Group: 1, State: "IA"), (Group: 2, State: "AL"), (Group: 1, State: "IN") }.AsQueryable();

        var ordered = rows.OrderBy(r => r.Group).ThenByStateName(r => r.State).Select(r => r.State).ToList();

        Assert.Equal(["IN", "IA", "AL", "AK"], ordered);
    }
}
