namespace ImgPortal.Core.Records;

/// <summary>What the record form posted: the record's id (0 for a new one), the version it was opened at, and each field's text.</summary>
public sealed record RecordInput(int Id, Guid Version, IReadOnlyDictionary<string, string?> Values)
{
    public string Text(string field) => Values.TryGetValue(field, out var value) ? value?.Trim() ?? string.Empty : string.Empty;
}
