namespace ImgPortal.Core.Programs.Lca;

/// <summary>
/// Suggests the sponsoring institution an LCA employer most likely is: the institution whose normalized name
/// shares the most words with the employer's (Dice coefficient over distinct words, 1 for the same key).
/// Only a suggestion: staff confirm or reject it (ADR 0076).
/// </summary>
public static class EmployerMatcher
{
    /// <summary>Below this share of common words nothing is suggested.</summary>
    public const double Threshold = 0.6;

    /// <summary>Words too common among hospitals to tell two apart on their own.</summary>
    private static readonly HashSet<string> Weak = new(StringComparer.Ordinal)
    {
        "AND", "OF", "AT", "FOR", "IN", "NEW", "YORK", "CITY", "HOSPITAL", "HOSPITALS", "MEDICAL", "CENTER", "HEALTH", "SYSTEM",
    };

    /// <summary>How alike two normalized names are, from 0 to 1.</summary>
    public static double Similarity(string normalizedA, string normalizedB)
    {
        if (normalizedA.Length == 0 || normalizedB.Length == 0)
        {
            return 0;
        }

        if (normalizedA == normalizedB)
        {
            return 1;
        }

        var a = normalizedA.Split(' ').ToHashSet(StringComparer.Ordinal);
        var b = normalizedB.Split(' ').ToHashSet(StringComparer.Ordinal);

        // Two names that share only generic words ("Medical Center") are not alike.
        if (!a.Intersect(b).Any(w => !Weak.Contains(w)))
        {
            return 0;
        }

        var common = a.Intersect(b).Count();
        return 2.0 * common / (a.Count + b.Count);
    }

    /// <summary>
    /// The best of <paramref name="institutions"/> for <paramref name="employerName"/> at or above
    /// <see cref="Threshold"/>, skipping those in <paramref name="rejected"/> (normalized); null when none.
    /// Ties go to the shorter name, then alphabetically, so the answer does not depend on order.
    /// </summary>
    public static string? Suggest(string employerName, IEnumerable<string> institutions, IReadOnlySet<string>? rejected = null)
    {
        var employer = EmployerNames.Normalize(employerName);
        return institutions
            .Select(name => (Name: name, Key: EmployerNames.Normalize(name)))
            .Where(i => rejected is null || !rejected.Contains(i.Key))
            .Select(i => (i.Name, Score: Similarity(employer, i.Key)))
            .Where(i => i.Score >= Threshold)
            .OrderByDescending(i => i.Score)
            .ThenBy(i => i.Name.Length)
            .ThenBy(i => i.Name, StringComparer.Ordinal)
            .Select(i => i.Name)
            .FirstOrDefault();
    }
}
