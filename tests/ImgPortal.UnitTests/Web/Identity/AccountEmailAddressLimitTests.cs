using ImgPortal.Web.Identity;
using ImgPortal.Web.Security;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ImgPortal.UnitTests.Web.Identity;

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
    public void TryTake_BeyondTheLimitForOneAddress_RefusesThatAddressOnly()
    {
        var taken = Enumerable.Range(0, 4).Select(_ => _limit.TryTake("VICTIM@TEST.EXAMPLE")).ToList();
        var other = _limit.TryTake("OTHER@TEST.EXAMPLE");

        Assert.Equal([true, true, true, false], taken);
        Assert.True(other);
    }

    [Fact]
    public void TryTake_AfterTheWindowHasPassedSinceTheOldest_AllowsAgain()
    {
        _limit.TryTake("VICTIM@TEST.EXAMPLE");
        _clock.Advance(TimeSpan.FromMinutes(30));
        _limit.TryTake("VICTIM@TEST.EXAMPLE");
        _limit.TryTake("VICTIM@TEST.EXAMPLE");

        var beforeTheHour = _limit.TryTake("VICTIM@TEST.EXAMPLE");
        _clock.Advance(TimeSpan.FromMinutes(30));
        var afterTheHour = _limit.TryTake("VICTIM@TEST.EXAMPLE");
        var andAgain = _limit.TryTake("VICTIM@TEST.EXAMPLE");

        Assert.False(beforeTheHour);
        Assert.True(afterTheHour);
        Assert.False(andAgain);
    }
}
