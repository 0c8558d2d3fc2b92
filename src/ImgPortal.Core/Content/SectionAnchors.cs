using System.Text;

namespace ImgPortal.Core.Content;

/// <summary>
/// The fragment (<c>#who-qualifies</c>) of a guidance heading: lowercase letters and digits joined by hyphens.
/// The page's table of contents and search results link to a section by it, so both build it here.
/// </summary>
public static class SectionAnchors
{
    public const int MaxLength = 60;

    private const string Fallback = "section";

    public static string For(string heading)
    {
        var builder = new StringBuilder(heading.Length);
        var pendingHyphen = false;
        foreach (var c in heading.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark
                && c != '\'' && c != '\u2019')
            {
                pendingHyphen = true;
            }
        }

        var anchor = builder.Length > MaxLength ? builder.ToString(0, MaxLength).TrimEnd('-') : builder.ToString();
        return anchor.Length == 0 ? Fallback : anchor;
    }
}
