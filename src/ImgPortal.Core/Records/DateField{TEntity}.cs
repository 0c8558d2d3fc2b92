using System.Globalization;

namespace ImgPortal.Core.Records;

/// <summary>A calendar date, entered as yyyy-MM-dd. With <see cref="NotAfterToday"/>, a date after today is refused with that message.</summary>
public sealed class DateField<TEntity> : RecordField<TEntity>
{
    public const string Format = DateFormat;

    private readonly Func<TEntity, DateOnly> _get;
    private readonly Action<TEntity, DateOnly> _set;

    public DateField(string name, string label, Func<TEntity, DateOnly> get, Action<TEntity, DateOnly> set, string required)
        : base(name, label, RecordFieldKind.Date)
    {
        _get = get;
        _set = set;
        Required = required;
    }

    /// <summary>The message when the date is after today; null when any date is fine.</summary>
    public string? NotAfterToday { get; init; }

    public override string Read(TEntity entity) => _get(entity).ToString(Format, CultureInfo.InvariantCulture);

    public override string? Write(TEntity entity, string text, RecordRules rules)
    {
        if (!TryReadDate(text, out var date))
        {
            return text.Length == 0 ? Required : "Give the date as year-month-day, e.g. 2026-01-31.";
        }

        if (NotAfterToday is not null && date > rules.Today)
        {
            return NotAfterToday;
        }

        _set(entity, date);
        return null;
    }
}
