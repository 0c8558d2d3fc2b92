namespace ImgPortal.Core.Auditing;

/// <summary>
/// One changed field in words: which record, which field by its label, the old and new value as plain text.
/// <paramref name="Sentence"/>, when set, says the change better than "field: old → new" (e.g. a section moved).
/// </summary>
public sealed record AuditChange(string Record, string Field, string Before, string After, string? Sentence = null)
{
    /// <summary>The change as one line of text: the sentence when there is one, else "Field (record): old → new".</summary>
    public string Text => Sentence ?? $"{Field} ({Record}): {Before} → {After}";
}
