using System.Buffers;
using System.Globalization;
using System.Text;

namespace ImgPortal.Web.Logging;

/// <summary>
/// Makes a logged value one line: CR and LF become <c>\r</c> and <c>\n</c>, tab <c>\t</c>, and every other
/// control character (C0, DEL, C1 such as NEL) and the Unicode line and paragraph separators become <c>\uXXXX</c>.
/// A request for <c>/a%0d%0a[12:00:00 INF] forged</c> therefore cannot start a line of its own in the log.
/// </summary>
public static class LogEscaping
{
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c), '\u2028', '\u2029']);

    public static bool NeedsEscaping(string value) => value.AsSpan().IndexOfAny(Unsafe) >= 0;

    public static string Escape(string value)
    {
        var first = value.AsSpan().IndexOfAny(Unsafe);
        if (first < 0)
        {
            return value;
        }

        var escaped = new StringBuilder(value.Length + 16).Append(value, 0, first);
        foreach (var c in value.AsSpan(first))
        {
            _ = c switch
            {
                '\r' => escaped.Append("\\r"),
                '\n' => escaped.Append("\\n"),
                '\t' => escaped.Append("\\t"),
                _ when Unsafe.Contains(c) => escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }
}
