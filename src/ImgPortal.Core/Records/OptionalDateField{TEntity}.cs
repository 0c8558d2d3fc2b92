using System.Globalization;

namespace ImgPortal.Core.Records;

/// <summary>A calendar date that may be left empty (unknown or not yet set), entered as yyyy-MM-dd.</summary>
public sealed class OptionalDateField<TEntity>(string name, string label, Func<TEntity, DateOnly?> get, Action<TEntity, DateOnly?> set)
    : RecordField<TEntity>(name, label, RecordFieldKind.Date)
{
    public override string Display(string value) => value.Length == 0 ? "Not set" : value;

    public override string Read(TEntity entity) => get(entity)?.ToString(DateFormat, CultureInfo.InvariantCulture) ?? string.Empty;

    public override string? Write(TEntity entity, string text, RecordRules rules)
    {
        if (text.Length == 0)
        {
            set(entity, null);
            return null;
        }

        if (!TryReadDate(text, out var date))
        {
            return "Give the date as year-month-day, e.g. 2026-01-31, or leave it empty.";
        }

        set(entity, date);
        return null;
    }
}
