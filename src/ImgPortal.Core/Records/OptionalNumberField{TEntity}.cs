using System.Globalization;

namespace ImgPortal.Core.Records;

/// <summary>A whole number from <see cref="RecordField.Min"/> to <see cref="RecordField.Max"/> that may be left empty (not known).</summary>
public sealed class OptionalNumberField<TEntity> : RecordField<TEntity>
{
    private readonly Func<TEntity, int?> _get;
    private readonly Action<TEntity, int?> _set;
    private readonly string _rangeMessage;

    public OptionalNumberField(string name, string label, Func<TEntity, int?> get, Action<TEntity, int?> set, int min, int max, string rangeMessage)
        : base(name, label, RecordFieldKind.Number)
    {
        _get = get;
        _set = set;
        _rangeMessage = rangeMessage;
        Min = min;
        Max = max;
    }

    /// <summary>What an empty value means, as staff read it in lists and history.</summary>
    public string EmptyText { get; init; } = "Not known";

    public override string Display(string value) => value.Length == 0 ? EmptyText : value;

    public override string Read(TEntity entity) => _get(entity)?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    public override string? Write(TEntity entity, string text, RecordRules rules)
    {
        if (text.Length == 0)
        {
            _set(entity, null);
            return null;
        }

        if (!TryReadNumber(text, out var number))
        {
            return _rangeMessage;
        }

        _set(entity, number);
        return null;
    }
}
