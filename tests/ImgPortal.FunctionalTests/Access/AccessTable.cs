namespace ImgPortal.FunctionalTests.Access;

/// <summary>
/// Reads <c>access-table.txt</c>: who may use each endpoint. One line per endpoint, columns separated by
/// spaces: method, route template, sample URL (<c>-</c> when it is the route itself), then one outcome per role.
/// </summary>
public static class AccessTable
{
    public const string FileName = "access-table.txt";

    /// <summary>The roles, in the table's column order.</summary>
    public static readonly IReadOnlyList<string> Roles = ["anonymous", "member", "mentor", "staff", "admin"];

    /// <summary>
    /// What a role gets: <c>ok</c> (200), <c>login</c> (sent to log in), <c>denied</c> (403 or the access-denied
    /// page), <c>404</c> (not there, or not theirs), <c>redirect</c> (sent elsewhere), <c>400</c> (a bad request), <c>405</c> (not a method
    /// it answers), <c>500</c> (a known fault not yet fixed).
    /// </summary>
    public static readonly IReadOnlySet<string> Outcomes = new HashSet<string>(StringComparer.Ordinal)
    {
        "ok", "login", "denied", "404", "redirect", "400", "405", "500",
    };

    /// <summary>Outcomes that refuse the role: a POST in such a cell is sent and must be refused the same way.</summary>
    public static readonly IReadOnlySet<string> Refusals = new HashSet<string>(StringComparer.Ordinal) { "login", "denied", "404" };

    private static readonly Lazy<IReadOnlyList<AccessRule>> Loaded = new(() => Parse(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Access", FileName))));

    public static IReadOnlyList<AccessRule> Rules => Loaded.Value;

    public static AccessRule Find(string endpoint) =>
        Rules.SingleOrDefault(r => r.Endpoint.ToString() == endpoint)
        ?? throw new InvalidOperationException($"{endpoint} is not in {FileName}.");

    public static IReadOnlyList<AccessRule> Parse(IReadOnlyList<string> lines)
    {
        var rules = new List<AccessRule>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (cells.Length != 3 + Roles.Count)
            {
                throw new FormatException($"{FileName} line {i + 1}: expected {3 + Roles.Count} columns, found {cells.Length}: {line}");
            }

            var outcomes = new Dictionary<string, string>(StringComparer.Ordinal);
            var postOutcomes = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var r = 0; r < Roles.Count; r++)
            {
                var parts = cells[3 + r].Split('/');
                if (parts.Length > 2 || (parts.Length == 2 && cells[0] != "PAGE") || parts.Any(p => !Outcomes.Contains(p)))
                {
                    throw new FormatException($"{FileName} line {i + 1}: '{cells[3 + r]}' is not an outcome ({string.Join(", ", Outcomes)}; get/post for a PAGE).");
                }

                outcomes[Roles[r]] = parts[0];
                if (parts.Length == 2)
                {
                    postOutcomes[Roles[r]] = parts[1];
                }
            }

            var endpoint = new EndpointKey(cells[0], EndpointKey.Normalize(cells[1]));
            rules.Add(new AccessRule(endpoint, cells[2] == "-" ? endpoint.Route : cells[2], outcomes, i + 1, postOutcomes));
        }

        var twice = rules.GroupBy(r => r.Endpoint).Where(g => g.Count() > 1).Select(g => g.Key.ToString()).ToList();
        if (twice.Count > 0)
        {
            throw new FormatException($"{FileName} lists these more than once: {string.Join(", ", twice)}");
        }

        return rules;
    }
}
