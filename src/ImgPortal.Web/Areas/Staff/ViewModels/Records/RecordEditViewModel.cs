using ImgPortal.Core.Records;

namespace ImgPortal.Web.Areas.Staff.ViewModels.Records;

/// <summary>
/// A record's form: the values it shows (as saved, or as typed when a save was refused), the version it was
/// opened at and, on a conflict, <see cref="Current"/>: the record as saved now, shown beside the typed values.
/// </summary>
public sealed record RecordEditViewModel(
    RecordType Type,
    int Id,
    Guid Version,
    string Heading,
    IReadOnlyDictionary<string, string?> Values,
    RecordView? Current = null,
    string? ConflictMessage = null)
{
    public bool IsNew => Id == 0;

    public string Value(string field) => Values.TryGetValue(field, out var value) ? value ?? string.Empty : string.Empty;
}
