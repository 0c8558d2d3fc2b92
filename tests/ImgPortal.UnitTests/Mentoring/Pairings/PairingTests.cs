using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Pairings;

namespace ImgPortal.UnitTests.Mentoring.Pairings;

public sealed class PairingTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    public enum Transition
    {
        Accept,
        Decline,
        Cancel,
        End,
        Expire,
    }

    /// <summary>Every (state, transition) pair and the state it must lead to; null means refused.</summary>
    public static TheoryData<PairingState, Transition, PairingState?> AllTransitions()
    {
        var allowed = new Dictionary<(PairingState, Transition), PairingState>
        {
            [(PairingState.Proposed, Transition.Accept)] = PairingState.Accepted,
            [(PairingState.Proposed, Transition.Decline)] = PairingState.Declined,
            [(PairingState.Proposed, Transition.Cancel)] = PairingState.Cancelled,
            [(PairingState.Accepted, Transition.End)] = PairingState.Ended,
            [(PairingState.Proposed, Transition.Expire)] = PairingState.Expired,
        };
        var data = new TheoryData<PairingState, Transition, PairingState?>();
        foreach (var state in Enum.GetValues<PairingState>())
        {
            foreach (var transition in Enum.GetValues<Transition>())
            {
                data.Add(state, transition, allowed.TryGetValue((state, transition), out var to) ? to : null);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllTransitions))]
    public void Transition_FromEveryState_IsAllowedOnlyAlongTheDiagram(PairingState from, Transition transition, PairingState? expected)
    {
        var pairing = InState(from);

        var act = () => Apply(pairing, transition);

        if (expected is { } to)
        {
            act();
            Assert.Equal(to, pairing.State);
        }
        else
        {
            var refused = Assert.Throws<PairingTransitionException>(act);
            Assert.Equal(from, refused.From);
            Assert.Equal(from, pairing.State);
        }
    }

    [Fact]
    public void End_AcceptedPairing_RecordsWhoEndedItWhenAndWhy()
    {
        var pairing = InState(PairingState.Accepted);

        pairing.End(Now.AddDays(30), PairingSide.Member, " Matched at a program ");

        Assert.Equal(PairingSide.Member, pairing.EndedBy);
        Assert.Equal(Now.AddDays(30), pairing.EndedAtUtc);
        Assert.Equal("Matched at a program", pairing.Reason);
    }

    [Theory]
    [InlineData(PairingState.Proposed, true)]
    [InlineData(PairingState.Accepted, true)]
    [InlineData(PairingState.Declined, false)]
    [InlineData(PairingState.Ended, false)]
    [InlineData(PairingState.Cancelled, false)]
    [InlineData(PairingState.Expired, false)]
    public void HoldsPlace_ByState_OnlyProposedAndAcceptedTakeAPlace(PairingState state, bool holds)
    {
        var pairing = InState(state);

        Assert.Equal(holds, pairing.HoldsPlace);
        Assert.Equal(holds, Pairing.PlaceHoldingStates.Contains(state));
    }

    private static Pairing InState(PairingState state)
    {
        var pairing = new Pairing { ProposedAtUtc = Now };
        switch (state)
        {
            case PairingState.Accepted:
                pairing.Accept(Now);
                break;
            case PairingState.Declined:
                pairing.Decline(Now, "busy");
                break;
            case PairingState.Cancelled:
                pairing.Cancel(Now, null);
                break;
            case PairingState.Ended:
                pairing.Accept(Now);
                pairing.End(Now, PairingSide.Staff, null);
                break;
            case PairingState.Expired:
                pairing.Expire(Now);
                break;
        }

        return pairing;
    }

    private static void Apply(Pairing pairing, Transition transition)
    {
        switch (transition)
        {
            case Transition.Accept:
                pairing.Accept(Now);
                break;
            case Transition.Decline:
                pairing.Decline(Now, null);
                break;
            case Transition.Cancel:
                pairing.Cancel(Now, null);
                break;
            case Transition.Expire:
                pairing.Expire(Now);
                break;
            default:
                pairing.End(Now, PairingSide.Mentor, null);
                break;
        }
    }
}
