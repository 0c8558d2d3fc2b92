namespace ImgPortal.Core.Mentoring.Pairings;

/// <summary>A pairing was asked to move to a state it cannot reach from where it is.</summary>
public sealed class PairingTransitionException(PairingState from, PairingState to)
    : InvalidOperationException($"A pairing that is {from} cannot become {to}.")
{
    public PairingState From { get; } = from;

    public PairingState To { get; } = to;
}
