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
}
