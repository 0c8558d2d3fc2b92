namespace ImgPortal.Core.Pathways;

/// <summary>A count the overview states in words, e.g. 18 states "have enacted a route to a full license without US residency training".</summary>
public sealed record PathwayCount(int States, string Predicate)
{
    public string Sentence => $"{(States == 1 ? "1 state" : $"{States} states")} {(States == 1 ? Singular(Predicate) : Predicate)}.";

    private static string Singular(string predicate) =>
        predicate.StartsWith("have ", StringComparison.Ordinal) ? "has " + predicate[5..]
        : predicate.StartsWith("are ", StringComparison.Ordinal) ? "is " + predicate[4..]
        : predicate;
}
