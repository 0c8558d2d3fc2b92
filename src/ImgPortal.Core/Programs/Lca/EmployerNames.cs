using System.Text;

namespace ImgPortal.Core.Programs.Lca;

/// <summary>
/// Employer and institution names reduced to a key that survives the ways filings spell them: case, punctuation,
/// legal-form words (Inc, LLC, Corporation…), a leading or trailing "The", and common abbreviations
/// ("Hosp", "Ctr", "Med", "Univ", "St", "Mt").
/// </summary>
public static class EmployerNames
{
    /// <summary>Legal-form and filler words dropped from the key.</summary>
    public static readonly IReadOnlySet<string> Dropped = new HashSet<string>(StringComparer.Ordinal)
    {
        "THE", "INC", "INCORPORATED", "LLC", "LLP", "LP", "PC", "PLLC", "CORP", "CORPORATION", "CO", "COMPANY", "LTD", "DBA",
    };

    /// <summary>Abbreviations spelled out, so "Mt Sinai Hosp" and "Mount Sinai Hospital" meet.</summary>
    public static readonly IReadOnlyDictionary<string, string> Spelled = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["HOSP"] = "HOSPITAL",
        ["HOSPS"] = "HOSPITALS",
        ["CTR"] = "CENTER",
        ["CNTR"] = "CENTER",
        ["CENTRE"] = "CENTER",
        ["MED"] = "MEDICAL",
        ["UNIV"] = "UNIVERSITY",
        ["ST"] = "SAINT",
        ["MT"] = "MOUNT",
        ["HLTH"] = "HEALTH",
        ["SYS"] = "SYSTEM",
        ["SVCS"] = "SERVICES",
        ["NY"] = "NEW YORK",
        ["NYC"] = "NEW YORK CITY",
        ["AND"] = "AND",
    };

    /// <summary>Upper case, letters and digits only, single spaces ("&amp;" becomes AND).</summary>
    public static string Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToUpperInvariant(c));
                space = false;
            }
            else if (c == '&')
            {
                builder.Append(space || builder.Length == 0 ? "AND " : " AND ");
                space = true;
            }
            else if (c is '\'' or '’')
            {
                // "St. Luke's" → "ST LUKES": an apostrophe joins, it does not split.
            }
            else if (!space && builder.Length > 0)
            {
                builder.Append(' ');
                space = true;
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>The matching key of an employer or institution name.</summary>
    public static string Normalize(string? name)
    {
        var tokens = Words(name)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(t => !Dropped.Contains(t))
            .Select(t => Spelled.TryGetValue(t, out var full) ? full : t);
        return string.Join(' ', tokens);
    }
}
