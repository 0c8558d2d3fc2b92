namespace ImgPortal.Core.Common;

/// <summary>Ends sentences built around names and free text without doubling the full stop ("Q.." never shows).</summary>
public static class Sentences
{
    /// <summary>
    /// <paramref name="text"/> trimmed and ending with exactly one full stop: one is added unless it already ends
    /// with '.', '!' or '?' (a name like "Dr. Q." or a hospital like "Mercy Inc.").
    /// </summary>
    public static string End(string? text)
    {
        var trimmed = (text ?? string.Empty).TrimEnd();
        return trimmed.Length == 0 || trimmed[^1] is '.' or '!' or '?' or '…' ? trimmed : trimmed + ".";
    }
}
