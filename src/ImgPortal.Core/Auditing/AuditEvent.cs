namespace ImgPortal.Core.Auditing;

/// <summary>
/// One staff action in words (ADR 0049): "Ana Ruiz published the page “J-1 waiver”", its changed fields, and the
/// record it affected (<see cref="SubjectType"/> and <see cref="SubjectKey"/>, for a link).
/// </summary>
public sealed record AuditEvent(
    string ActionId,
    DateTime AtUtc,
    string ActorName,
    string Verb,
    string Subject,
    string SubjectType,
    string SubjectKey,
    IReadOnlyList<AuditChange> Changes)
{
    /// <summary>The sentence that names the action, e.g. "Ana Ruiz published the page “J-1 waiver”: 3 changes".</summary>
    public string Headline => Changes.Count == 0
        ? $"{ActorName} {Verb} {Subject}"
        : $"{ActorName} {Verb} {Subject}: {Changes.Count} {(Changes.Count == 1 ? "change" : "changes")}";

    /// <summary>The subject's id when it is one number (the records that have a staff screen), else null.</summary>
    public int? SubjectId => int.TryParse(SubjectKey, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;
}
