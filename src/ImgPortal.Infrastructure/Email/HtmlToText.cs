using System.Net;
using System.Text.RegularExpressions;

namespace ImgPortal.Infrastructure.Email;

/// <summary>
/// The plain-text part of an e-mail from its HTML: paragraphs and list items on their own lines, and every
/// link kept as its address ("confirm (https://…)"), so a reader of the text part can still follow it.
/// </summary>
public static partial class HtmlToText
{
    public static string Convert(string html)
    {
        var text = Links().Replace(Invisible().Replace(html, string.Empty), m =>
        {
            var href = WebUtility.HtmlDecode(m.Groups["href"].Value).Trim();
            var label = WebUtility.HtmlDecode(Tags().Replace(m.Groups["label"].Value, string.Empty)).Trim();
            return label.Length == 0 || label == href ? href : $"{label} ({href})";
        });
        text = Breaks().Replace(text, "\n");
        text = BlockEnds().Replace(text, "\n\n");
        text = ListItems().Replace(text, "\n- ");
        text = WebUtility.HtmlDecode(Tags().Replace(text, string.Empty));
        var lines = text.Split('\n').Select(l => Spaces().Replace(l, " ").Trim());
        return BlankLines().Replace(string.Join('\n', lines), "\n\n").Trim();
    }

    [GeneratedRegex("<a\\b[^>]*?href\\s*=\\s*[\"'](?<href>[^\"']*)[\"'][^>]*>(?<label>.*?)</a>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Links();

    [GeneratedRegex("<(head|style|script)\\b.*?</\\1>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Invisible();

    [GeneratedRegex("<br\\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex Breaks();

    [GeneratedRegex("</(p|div|h[1-6]|ul|ol|table|tr)>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnds();

    [GeneratedRegex("<li\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ListItems();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("[ \\t\\r]+")]
    private static partial Regex Spaces();

    [GeneratedRegex("\\n{3,}")]
    private static partial Regex BlankLines();
}
