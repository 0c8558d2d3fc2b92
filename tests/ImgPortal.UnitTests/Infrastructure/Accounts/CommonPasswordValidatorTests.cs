using ImgPortal.Infrastructure.Accounts;

namespace ImgPortal.UnitTests.Infrastructure.Accounts;

public sealed class CommonPasswordValidatorTests
{
    private readonly CommonPasswordValidator _validator = new();

    [Theory]
    [InlineData("password")]
    [InlineData("Password1")]
    [InlineData("12345678")]
    [InlineData("qwertyuiop")]
    [InlineData("iloveyou")]
    [InlineData("  PASSWORD  ")]
    public async Task ValidateAsync_CommonPassword_IsRefusedWithAHelpfulMessage(string password)
    {
        var result = await _validator.ValidateAsync(null!, new ApplicationUser { Email = "ana@example.org" }, password);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(CommonPasswordValidator.ErrorCode, error.Code);
        Assert.Contains("too common", error.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("ana.silva@example.org")]
    [InlineData("ana.silva")]
    public async Task ValidateAsync_RepeatedCharacterOrOwnEmail_IsRefused(string password)
    {
        var result = await _validator.ValidateAsync(null!, new ApplicationUser { Email = "ana.silva@example.org" }, password);

        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("residency in albany next july")]
    [InlineData("kx8!Lq2#vR")]
    [InlineData("a passphrase that is far longer than any composition rule would ever ask of anyone at all, and still fine")]
    public async Task ValidateAsync_UncommonPasswordOrPassphrase_IsAccepted(string password)
    {
        var result = await _validator.ValidateAsync(null!, new ApplicationUser { Email = "ana@example.org" }, password);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void IsCommon_ListIsLoaded_WithTensOfThousandsOfEntries()
    {
        Assert.True(CommonPasswordValidator.IsCommon("sunshine"));
        Assert.True(CommonPasswordValidator.IsCommon("baseball1"));
        Assert.False(CommonPasswordValidator.IsCommon("correct horse battery staple"));
    }
}
