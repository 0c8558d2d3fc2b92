namespace ImgPortal.Core.Records;

/// <summary>
/// A saved record as the editor shows it: its id, version, title (how staff name it) and each field's value as
/// the form holds it (<see cref="Values"/>, keyed by field name) and as people read it (<see cref="Display"/>).
/// </summary>
public sealed record RecordView(
    int Id,
    Guid Version,
    string Title,
    IReadOnlyDictionary<string, string> Values,
    IReadOnlyDictionary<string, string> Display);
