namespace ImgPortal.Web.ViewModels.Guidance;

/// <summary>Splits a snippet into plain and matching pieces, case-insensitively, longest form first.</summary>
public static class Highlighter
{
    public static IReadOnlyList<TextPiece> Split(string text, IReadOnlyList<string>? words)
    {
        var forms = (words ?? []).Where(w => w.Length > 0).OrderByDescending(w => w.Length).ToList();
        var pieces = new List<TextPiece>();
        var plainStart = 0;
        var i = 0;
        while (i < text.Length)
        {
            var match = forms.FirstOrDefault(f => string.Compare(text, i, f, 0, f.Length, StringComparison.OrdinalIgnoreCase) == 0);
            if (match is null)
            {
                i++;
                continue;
            }

            if (i > plainStart)
            {
                pieces.Add(new TextPiece(text[plainStart..i], false));
            }

            pieces.Add(new TextPiece(text.Substring(i, match.Length), true));
            i += match.Length;
            plainStart = i;
        }

        if (plainStart < text.Length)
        {
            pieces.Add(new TextPiece(text[plainStart..], false));
        }

        return pieces;
    }
}
