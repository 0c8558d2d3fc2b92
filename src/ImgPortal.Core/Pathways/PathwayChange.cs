namespace ImgPortal.Core.Pathways;

/// <summary>
/// One public change-log line of a pathway: on <see cref="On"/> staff changed <see cref="Field"/> (in
/// <see cref="Area"/>, e.g. "Requirements") from <see cref="Before"/> to <see cref="After"/>; both are null for long
/// texts (summary, sources), which are said to be revised.
/// </summary>
public sealed record PathwayChange(int PathwayId, DateOnly On, string Area, string Field, string? Before, string? After)
{
    /// <summary>E.g. "Requirements updated on 3 Nov 2026: supervised period: 2 years → 3 years".</summary>
    public string Sentence(string date) => Before is null && After is null
        ? $"{Area} updated on {date}: {Field.ToLowerInvariant()} revised"
        : $"{Area} updated on {date}: {LowerFirst(Field)}: {Before} → {After}";

    private static string LowerFirst(string text) =>
        text.StartsWith("ECFMG", StringComparison.Ordinal) || text.StartsWith("USMLE", StringComparison.Ordinal)
            ? text
            : char.ToLowerInvariant(text[0]) + text[1..];
}
