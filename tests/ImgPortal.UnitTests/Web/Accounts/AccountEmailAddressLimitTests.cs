using ImgPortal.Web.Accounts;
using ImgPortal.Web.Security;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ImgPortal.UnitTests.Web.Accounts;

public sealed class AccountEmailAddressLimitTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 2, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly AccountEmailAddressLimit _limit;

    public AccountEmailAddressLimitTests()
    {
        var options = new RateLimitOptions { AccountEmailsPerAddress = new RateLimitRule(3, TimeSpan.FromHours(1)) };
        _limit = new AccountEmailAddressLimit(Options.Create(options), _clock);
    }

    [Fact]
    public async Task TryTake_BeyondTheLimitForOneAddress_RefusesThatAddressOnly()
    {
        var taken = new List<bool>();
        for (var i = 0; i < 4; i++)
        {
            taken.Add(await _limit.TryTakeAsync("VICTIM@TEST.EXAMPLE"));
        }

        var other = await _limit.TryTakeAsync("OTHER@TEST.EXAMPLE");

        Assert.Equal([true, true, true, false], taken);
        Assert.True(other);
    }

    [Fact]
    public async Task TryTake_AfterTheWindowHasPassedSinceTheOldest_AllowsAgain()
    {
        await _limit.TryTakeAsync("VICTIM@TEST.EXAMPLE");
        _clock.Advance(TimeSpan.FromMinutes(30));
        await _limit.TryTakeAsync("VICTIM@TEST.EXAMPLE");
        await _limit.TryTakeAsync("VICTIM@TEST.EXAMPLE");

        var beforeTheHour = await _limit.TryTakeAsync("VICTIM@TEST.EXAMPLE");
        _clock.Advance(TimeSpan.FromMinutes(30));
        var afterTheHour = await _limit.TryTakeAsync("VICTIM@TEST.EXAMPLE");
        var andAgain = await _limit.TryTakeAsync("VICTIM@TEST.EXAMPLE");

        Assert.False(beforeTheHour);
        Assert.True(afterTheHour);
        Assert.False(andAgain);
    }
}
