namespace ImgPortal.Core.Records;

/// <summary>A field that reads and writes one property of <typeparamref name="TEntity"/>.</summary>
public abstract class RecordField<TEntity> : RecordField
{
    protected RecordField(string name, string label, RecordFieldKind kind)
        : base(name, label, kind)
    {
    }

    /// <summary>The entity's value as the form holds it.</summary>
    public abstract string Read(TEntity entity);

    /// <summary>
    /// Checks <paramref name="text"/> (already trimmed) and, when it is valid, sets the entity's property.
    /// Returns the message to show beside the field, or null.
    /// </summary>
    public abstract string? Write(TEntity entity, string text, RecordRules rules);
}
