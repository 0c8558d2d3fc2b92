using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace ImgPortal.Core.Auditing;

/// <summary>
/// The plain-text rules <see cref="AuditWording"/> words names and values by: PascalCase names as words, enum
/// values by their display text, dates in US style, long texts cut short, keys and tokens never shown.
/// </summary>
public static class AuditText
{
    /// <summary>How long one value may be before it is cut short with "…".</summary>
    public const int ValueLength = 160;

    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");

    /// <summary>A key or token: 8-4-4-4-12 hex digits, or 32 in a row.</summary>
    private static readonly Regex Identifier = new(
        @"^\s*[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}\s*$", RegexOptions.CultureInvariant);

    /// <summary>A stored text on one line with single spaces, cut short; "(empty)" when blank, never a key or token.</summary>
    public static string Plain(string? value)
    {
        var text = string.Join(' ', (value ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length == 0 ? "(empty)" : Identifier.IsMatch(text) ? "(an internal code)" : Shorten(text);
    }

    /// <summary>A date as a person in the US reads it: "March 4, 2026".</summary>
    public static string Date(DateOnly day) => day.ToString("MMMM d, yyyy", Us);

    /// <summary>A text cut short with "…" after <see cref="ValueLength"/> characters.</summary>
    public static string Shorten(string text) => text.Length <= ValueLength ? text : text[..ValueLength] + "…";

    /// <summary>An enum value by its <see cref="DisplayAttribute"/> name, else its name (or each flag's) in words.</summary>
    public static string EnumText(Type type, object value)
    {
        var name = value.ToString() ?? string.Empty;
        if (type.GetField(name)?.GetCustomAttribute<DisplayAttribute>()?.GetName() is { } display)
        {
            return display;
        }

        return string.Join(", ", name.Split(", ").Select(Humanize));
    }

    public static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static string Article(string noun) => ("aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an " : "a ") + noun;

    /// <summary>"CultureAndLanguage" → "Culture and language"; a number stays a number.</summary>
    public static string Humanize(string name)
    {
        var words = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                words.Append(' ');
            }

            words.Append(words.Length == 0 ? c : char.ToLowerInvariant(c));
        }

        return words.ToString().Replace(" id", " ID", StringComparison.Ordinal);
    }
}
