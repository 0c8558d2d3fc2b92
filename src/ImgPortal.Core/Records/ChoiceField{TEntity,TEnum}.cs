namespace ImgPortal.Core.Records;

/// <summary>
/// One value of the enum <typeparamref name="TEnum"/>, chosen from a list (the form shows a select). The
/// options are the enum's values (less <paramref name="exclude"/>) with the words <paramref name="labelOf"/> gives.
/// </summary>
public sealed class ChoiceField<TEntity, TEnum> : RecordField<TEntity>
    where TEnum : struct, Enum
{
    private readonly Func<TEntity, TEnum> _get;
    private readonly Action<TEntity, TEnum> _set;
    private readonly Func<TEnum, string> _labelOf;
    private readonly string _notAnOption;

    public ChoiceField(
        string name,
        string label,
        Func<TEntity, TEnum> get,
        Action<TEntity, TEnum> set,
        Func<TEnum, string> labelOf,
        string required,
        string notAnOption,
        params TEnum[] exclude)
        : base(name, label, RecordFieldKind.Choice)
    {
        _get = get;
        _set = set;
        _labelOf = labelOf;
        _notAnOption = notAnOption;
        Required = required;
        Options = Enum.GetValues<TEnum>().Where(v => !exclude.Contains(v)).Select(v => new RecordOption(v.ToString(), labelOf(v))).ToList();
    }

    public override IReadOnlyList<RecordOption> Options { get; }

    public override string Display(string value) => Enum.TryParse<TEnum>(value, out var parsed) ? _labelOf(parsed) : value;

    public override string Read(TEntity entity) => _get(entity).ToString();

    public override string? Write(TEntity entity, string text, RecordRules rules)
    {
        if (text.Length == 0)
        {
            return Required;
        }

        var option = Options.FirstOrDefault(o => string.Equals(o.Value, text, StringComparison.Ordinal));
        if (option is null)
        {
            return _notAnOption;
        }

        _set(entity, Enum.Parse<TEnum>(option.Value));
        return null;
    }
}
