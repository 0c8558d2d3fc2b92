using System.Text;
using System.Text.RegularExpressions;

namespace ImgPortal.Infrastructure.SourceWatch;

/// <summary>
/// The part of a site's robots.txt that applies to the portal's checker (RFC 9309, no library on the package feed
/// does it: ADR 0077). The group whose User-agent names the checker's product token wins, else the <c>*</c> group;
/// within it the longest matching Allow or Disallow path decides, Allow winning a tie; <c>*</c> matches anything and
/// a final <c>$</c> anchors the end. No group, or an empty Disallow, allows everything.
/// </summary>
public sealed class RobotsRules
{
    public static readonly RobotsRules AllowAll = new([]);

    private readonly IReadOnlyList<(bool Allow, string Path, Regex Pattern)> _rules;

    private RobotsRules(IReadOnlyList<(bool Allow, string Path, Regex Pattern)> rules) => _rules = rules;

    public static RobotsRules Parse(string robotsTxt, string productToken)
    {
        var groups = new List<(List<string> Agents, List<(bool Allow, string Path)> Rules)>();
        (List<string> Agents, List<(bool, string)> Rules)? current = null;
        var lastWasAgent = false;
        foreach (var raw in robotsTxt.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Split('#', 2)[0].Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var field = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (field == "user-agent")
            {
                if (current is null || !lastWasAgent)
                {
                    current = ([], []);
                    groups.Add(current.Value);
                }

                current.Value.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
            }
            else if (field is "allow" or "disallow" && current is not null)
            {
                lastWasAgent = false;
                if (value.Length > 0)
                {
                    current.Value.Rules.Add((field == "allow", value));
                }
            }
            else
            {
                lastWasAgent = false;
            }
        }

        var token = productToken.ToLowerInvariant();
        var mine = groups.Where(g => g.Agents.Any(a => a != "*" && token.Contains(a, StringComparison.Ordinal))).ToList();
        var chosen = mine.Count > 0 ? mine : groups.Where(g => g.Agents.Contains("*")).ToList();
        return new RobotsRules([.. chosen.SelectMany(g => g.Rules).Select(r => (r.Allow, r.Path, ToPattern(r.Path)))]);
    }

    /// <summary>Whether the checker may fetch <paramref name="pathAndQuery"/> (e.g. <c>/laws/page?x=1</c>).</summary>
    public bool Allows(string pathAndQuery)
    {
        var best = _rules
            .Where(r => r.Pattern.IsMatch(pathAndQuery))
            .OrderByDescending(r => r.Path.Length)
            .ThenByDescending(r => r.Allow)
            .FirstOrDefault();
        return best.Path is null || best.Allow;
    }

    private static Regex ToPattern(string path)
    {
        var anchored = path.EndsWith('$');
        var body = anchored ? path[..^1] : path;
        var pattern = new StringBuilder("^");
        foreach (var part in body.Split('*'))
        {
            pattern.Append(Regex.Escape(part)).Append(".*");
        }

        pattern.Length -= 2;
        if (anchored)
        {
            pattern.Append('$');
        }

        return new Regex(pattern.ToString(), RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
    }
}
