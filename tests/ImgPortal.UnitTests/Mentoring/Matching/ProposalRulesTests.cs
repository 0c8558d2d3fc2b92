using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Matching;
using ImgPortal.Core.Mentoring.Pairings;
using Microsoft.Extensions.Time.Testing;

namespace ImgPortal.UnitTests.Mentoring.Matching;

public sealed class ProposalRulesTests
{
    private static readonly DateTime ProposedAt = new(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(0, false, ProposalStep.Wait)]
    [InlineData(3.9, false, ProposalStep.Wait)]
    [InlineData(4, false, ProposalStep.Remind)]
    [InlineData(6, true, ProposalStep.Wait)]
    [InlineData(7, true, ProposalStep.Expire)]
    [InlineData(7, false, ProposalStep.Expire)]
    public void Next_ByDaysWaited_RemindsOnceThenExpires(double days, bool reminded, ProposalStep expected)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(ProposedAt));
        clock.Advance(TimeSpan.FromDays(days));

        var step = ProposalRules.Next(ProposedAt, clock.GetUtcNow().UtcDateTime, reminded, proposalDays: 7, reminderDays: 4);

        Assert.Equal(expected, step);
    }

    [Fact]
    public void ExpiresAt_IsTheProposalDaysLater()
    {
        Assert.Equal(ProposedAt.AddDays(7), ProposalRules.ExpiresAt(ProposedAt, 7));
    }

    [Fact]
    public void Pairing_Expire_OnlyFromProposedAndFreesThePlace()
    {
        var pairing = new Pairing { ProposedAtUtc = ProposedAt };

        pairing.Expire(ProposedAt.AddDays(7));

        Assert.Equal(PairingState.Expired, pairing.State);
        Assert.False(pairing.HoldsPlace);
        Assert.Throws<PairingTransitionException>(() => pairing.Expire(ProposedAt.AddDays(8)));
    }
}
