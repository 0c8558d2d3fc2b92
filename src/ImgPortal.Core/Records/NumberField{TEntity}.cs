using System.Globalization;

namespace ImgPortal.Core.Records;

/// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>; <paramref name="rangeMessage"/> when it is not one.</summary>
public sealed class NumberField<TEntity> : RecordField<TEntity>
{
    private readonly Func<TEntity, int> _get;
    private readonly Action<TEntity, int> _set;
    private readonly string _rangeMessage;

    public NumberField(string name, string label, Func<TEntity, int> get, Action<TEntity, int> set, int min, int max, string rangeMessage)
        : base(name, label, RecordFieldKind.Number)
    {
        _get = get;
        _set = set;
        _rangeMessage = rangeMessage;
        Min = min;
        Max = max;
    }

    public override string Blank => "0";

    public override string Read(TEntity entity) => _get(entity).ToString(CultureInfo.InvariantCulture);

    public override string? Write(TEntity entity, string text, RecordRules rules)
    {
        if (!TryReadNumber(text, out var number))
        {
            return _rangeMessage;
        }

        _set(entity, number);
        return null;
    }
}
