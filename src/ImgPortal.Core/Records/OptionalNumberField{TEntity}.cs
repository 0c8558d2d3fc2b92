using System.Globalization;

namespace ImgPortal.Core.Records;

/// <summary>A whole number from <see cref="RecordField.Min"/> to <see cref="RecordField.Max"/> that may be left empty.</summary>
public sealed class OptionalNumberField<TEntity>(string name, string label, Func<TEntity, int?> get, Action<TEntity, int?> set, string rangeMessage)
    : RecordField<TEntity>(name, label, RecordFieldKind.Number)
{
    public override string Display(string value) => value.Length == 0 ? "None" : value;

    public override string Read(TEntity entity) => get(entity)?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    public override string? Write(TEntity entity, string text, RecordRules rules)
    {
        if (text.Length == 0)
        {
            set(entity, null);
            return null;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) || number < Min || number > Max)
        {
            return rangeMessage;
        }

        set(entity, number);
        return null;
    }
}
