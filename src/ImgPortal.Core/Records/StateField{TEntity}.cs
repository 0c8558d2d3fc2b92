using ImgPortal.Core.Common;

namespace ImgPortal.Core.Records;

/// <summary>A US state or DC, chosen from <see cref="UsStates.All"/> and stored as its two-letter code.</summary>
public sealed class StateField<TEntity> : RecordField<TEntity>
{
    private readonly Func<TEntity, string> _get;
    private readonly Action<TEntity, string> _set;

    public StateField(string name, string label, Func<TEntity, string> get, Action<TEntity, string> set, string required)
        : base(name, label, RecordFieldKind.Choice)
    {
        _get = get;
        _set = set;
        Required = required;
        MaxLength = 2;
    }

    public override IReadOnlyList<RecordOption> Options { get; } = UsStates.All.Select(s => new RecordOption(s.Code, s.Name)).ToList();

    public override string Display(string value) => UsStates.NameOf(value);

    public override string Read(TEntity entity) => _get(entity);

    public override string? Write(TEntity entity, string text, RecordRules rules)
    {
        if (text.Length == 0)
        {
            return Required;
        }

        if (!UsStates.IsCode(text))
        {
            return "Choose one of the states listed.";
        }

        _set(entity, text.ToUpperInvariant());
        return null;
    }
}
