namespace ImgPortal.Core.Content;

/// <summary>
/// What people type, and the words the guidance uses for it: spelling variants (licence, license), forms
/// with and without hyphens (J1, J-1), words for the same thing (cost, fee), acronyms and the names they stand for (NYSDOH, ECFMG), and plain
/// questions ("who to call"). A page matches a query term when it contains any of the term's forms.
/// </summary>
public static class SearchSynonyms
{
    /// <summary>Words that carry no meaning on their own in a search ("who to call" searches for "call").</summary>
    public static readonly IReadOnlySet<string> StopWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "an", "and", "the", "of", "to", "for", "in", "on", "is", "i", "do", "how", "what", "who", "where", "when", "my", "me", "can",
    };

    private static readonly string[][] Groups =
    [
        ["j1", "j-1", "j 1", "exchange visitor"],
        ["h1b", "h-1b", "h1-b"],
        ["license", "licence", "licensure", "licensing", "licensed"],
        ["licenses", "licences"],
        ["ck", "clinical knowledge", "step 2"],
        ["nysdoh", "department of health", "state department of health"],
        ["doh", "department of health"],
        ["freida", "residency program", "residency programs"],
        ["ecfmg", "educational commission for foreign medical graduates"],
        ["fsmb", "federation of state medical boards"],
        ["fcvs", "federation credentials verification service", "credentials verification"],
        ["nrmp", "national resident matching program", "the match"],
        ["eras", "electronic residency application service"],
        ["img", "imgs", "international medical graduate"],
        ["call", "contact", "phone", "telephone"],
        ["contact", "call", "phone", "e-mail"],
        ["email", "e-mail"],
        ["program", "programme"],
        ["organization", "organisation"],
        ["practice", "practise"],
        ["waiver", "waivers"],
        ["sponsorship", "sponsor"],
        ["cost", "fee", "price", "charge"],
        ["costs", "fees", "prices", "charges"],
        ["fee", "cost", "price"],
        ["usce", "us clinical experience", "u.s. clinical experience", "clinical experience"],
    ];

    private static readonly Dictionary<string, string[]> ByTerm = Groups
        .GroupBy(g => g[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.SelectMany(x => x).Distinct().ToArray(), StringComparer.Ordinal);

    /// <summary>The query's meaningful terms, each with every form it can take in the guidance (itself first).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Expand(IReadOnlyList<string> terms)
    {
        var meaningful = terms.Where(t => !StopWords.Contains(t)).ToList();
        var kept = meaningful.Count > 0 ? meaningful : [.. terms];
        return kept.Select(Forms).ToList();
    }

    public static IReadOnlyList<string> Forms(string term)
    {
        if (ByTerm.TryGetValue(term, out var forms))
        {
            return forms;
        }

        // "licence" finds the group whose first form is "license"; "j-1" the one of "j1".
        var group = Groups.FirstOrDefault(g => g.Contains(term, StringComparer.Ordinal));
        return group is null ? [term] : [term, .. ByTerm[group[0]].Where(f => f != term)];
    }
}
