using ImgPortal.Infrastructure.Links;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Time.Testing;

namespace ImgPortal.UnitTests.Infrastructure.Links;

/// <summary>The one payload behind every e-mailed link (check-ins, program confirmations, unsubscribing).</summary>
public sealed class ExpiringLinkPayloadTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 12, 0, 0, DateTimeKind.Utc);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(Now));

    private readonly EphemeralDataProtectionProvider _keys = new();

    [Fact]
    public void Unprotect_TokenJustMade_GivesItsFieldsNotExpired()
    {
        var payload = Payload("links.a");

        var fields = payload.Unprotect(payload.Protect(Now.AddDays(1), "7", "Member"), fieldCount: 2, out var expired);

        Assert.Equal(["7", "Member"], fields!);
        Assert.False(expired);
    }

    [Fact]
    public void Unprotect_AfterItsExpiry_GivesItsFieldsAndSaysExpired()
    {
        var payload = Payload("links.a");
        var token = payload.Protect(Now.AddDays(1), "7");
        _clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromTicks(1));

        var fields = payload.Unprotect(token, fieldCount: 1, out var expired);

        Assert.Equal(["7"], fields!);
        Assert.True(expired);
    }

    [Fact]
    public void Unprotect_AnotherCountOfFields_IsNull()
    {
        var payload = Payload("links.a");

        Assert.Null(payload.Unprotect(payload.Protect(Now.AddDays(1), "7", "8"), fieldCount: 1, out _));
    }

    [Fact]
    public void Unprotect_TokenMadeForAnotherPurpose_IsNull()
    {
        var token = Payload("links.a").Protect(Now.AddDays(1), "7");

        Assert.Null(Payload("links.b").Unprotect(token, fieldCount: 1, out _));
    }

    private ExpiringLinkPayload Payload(string purpose) => new(_keys.CreateProtector(purpose), _clock);
}
