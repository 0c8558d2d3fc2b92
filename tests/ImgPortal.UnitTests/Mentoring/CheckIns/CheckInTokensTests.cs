using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.CheckIns;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Infrastructure.Mentoring;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Time.Testing;

namespace ImgPortal.UnitTests.Mentoring.CheckIns;

public sealed class CheckInTokensTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc);

    private static readonly CheckInToken Answer = new(42, PairingSide.Member, CheckInMilestone.Day30, CheckInAnswer.NotWell);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(Now));

    private readonly EphemeralDataProtectionProvider _keys = new();

    [Fact]
    public void Read_TokenJustSigned_IsValidAndCarriesTheAnswer()
    {
        var tokens = new DataProtectionCheckInTokens(_keys, _clock);

        var read = tokens.Read(tokens.Sign(Answer, Now.AddDays(30)));

        Assert.Equal(CheckInTokenStatus.Valid, read.Status);
        Assert.Equal(Answer, read.Token);
    }

    [Fact]
    public void Read_OneCharacterChanged_IsInvalid()
    {
        var tokens = new DataProtectionCheckInTokens(_keys, _clock);
        var signed = tokens.Sign(Answer, Now.AddDays(30));
        var middle = signed.Length / 2;
        var tampered = signed[..middle] + (signed[middle] == 'A' ? 'B' : 'A') + signed[(middle + 1)..];

        var read = tokens.Read(tampered);

        Assert.Equal(CheckInTokenStatus.Invalid, read.Status);
        Assert.Null(read.Token);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("42")]
    public void Read_NotATokenAtAll_IsInvalid(string? token)
    {
        var tokens = new DataProtectionCheckInTokens(_keys, _clock);

        Assert.Equal(CheckInTokenStatus.Invalid, tokens.Read(token).Status);
    }

    [Fact]
    public void Read_AnotherInstallationsKeys_IsInvalid()
    {
        var signed = new DataProtectionCheckInTokens(new EphemeralDataProtectionProvider(), _clock).Sign(Answer, Now.AddDays(30));

        var read = new DataProtectionCheckInTokens(_keys, _clock).Read(signed);

        Assert.Equal(CheckInTokenStatus.Invalid, read.Status);
    }

    [Fact]
    public void Read_PastItsExpiry_IsExpired()
    {
        var tokens = new DataProtectionCheckInTokens(_keys, _clock);
        var signed = tokens.Sign(Answer, Now.AddDays(30));

        _clock.Advance(TimeSpan.FromDays(30).Add(TimeSpan.FromMinutes(1)));
        var read = tokens.Read(signed);

        Assert.Equal(CheckInTokenStatus.Expired, read.Status);
        Assert.Null(read.Token);
    }

    [Fact]
    public void Read_OnItsLastMinute_IsStillValid()
    {
        var tokens = new DataProtectionCheckInTokens(_keys, _clock);
        var signed = tokens.Sign(Answer, Now.AddDays(30));

        _clock.Advance(TimeSpan.FromDays(30).Subtract(TimeSpan.FromMinutes(1)));

        Assert.Equal(CheckInTokenStatus.Valid, tokens.Read(signed).Status);
    }
}
