namespace ImgPortal.Core.Records;

/// <summary>Yes or no (a checkbox). Checked posts <c>true</c>; anything else, or nothing, is no.</summary>
public sealed class CheckboxField<TEntity>(string name, string label, Func<TEntity, bool> get, Action<TEntity, bool> set)
    : RecordField<TEntity>(name, label, RecordFieldKind.Checkbox)
{
    public override string Display(string value) => value == "true" ? "Yes" : "No";

    public override string Read(TEntity entity) => get(entity) ? "true" : "false";

    public override string? Write(TEntity entity, string text, RecordRules rules)
    {
        set(entity, string.Equals(text, "true", StringComparison.OrdinalIgnoreCase));
        return null;
    }
}
