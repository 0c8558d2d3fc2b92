namespace ImgPortal.Core.Records;

/// <summary>Every record type the portal has (each registered once in DI), found by its URL segment.</summary>
public sealed class RecordCatalog(IEnumerable<RecordType> types)
{
    public IReadOnlyList<RecordType> All { get; } = types.ToList();

    public RecordType? Find(string slug) => All.FirstOrDefault(t => string.Equals(t.Slug, slug, StringComparison.OrdinalIgnoreCase));
}
