namespace ImgPortal.FunctionalTests.Staff.Records;

/// <summary>
/// What the generic record-editor tests need to know about one record type: its URL and audit names, a valid form
/// carrying a marker (in <see cref="MarkerField"/>), the flash after saving it, an invalid form with the messages
/// expected, the text area the conflict test edits, and where visitors (or members) see the records.
/// </summary>
public sealed record RecordCase(
    string Slug,
    string AuditName,
    Func<string, Dictionary<string, string>> Valid,
    string MarkerField,
    Func<string, string> SavedMessage,
    string DeletedMessage,
    Dictionary<string, string> InvalidChanges,
    string[] InvalidMessages,
    string ConflictField,
    string PublicPath,
    bool PublicPathNeedsMember,
    string PublicSelector,
    string ScriptField)
{
    /// <summary>A marker that fits every type's marker field (letters and digits only, lowercase).</summary>
    public static string NewMarker(string prefix) => prefix + Guid.NewGuid().ToString("N")[..10];

    public override string ToString() => Slug;
}
