namespace ImgPortal.Core.Records;

/// <summary>
/// The declaration of one structured-record type over the entity <typeparamref name="TEntity"/>: its fields (which
/// carry its validation), cross-field rules (<see cref="Check"/>), list order and columns, unique key and
/// words. Everything else (list, form, conflict, delete, audit link, saving) is shared.
/// </summary>
public abstract class RecordType<TEntity> : RecordType
    where TEntity : class, IRecord
{
    private IReadOnlyList<RecordField<TEntity>>? _fields;

    public override string AuditName => typeof(TEntity).Name;

    public override IReadOnlyList<RecordField> Fields => TypedFields;

    /// <summary>The fields with their entity accessors.</summary>
    public IReadOnlyList<RecordField<TEntity>> TypedFields => _fields ??= DeclareFields();

    /// <summary>Declares the fields, in form order (called once).</summary>
    protected abstract IReadOnlyList<RecordField<TEntity>> DeclareFields();

    /// <summary>A new, empty entity to fill in.</summary>
    public abstract TEntity Create();

    /// <summary>The list's order.</summary>
    public abstract IOrderedQueryable<TEntity> Order(IQueryable<TEntity> records);

    /// <summary>How staff name a record in headings, flash messages and the delete button.</summary>
    public abstract string TitleOf(TEntity record);

    /// <summary>The flash message after a save.</summary>
    public virtual string SavedMessage(TEntity record) => $"Saved {TitleOf(record)}.";

    /// <summary>Rules across fields, run once every field is valid. One message per offending field.</summary>
    public virtual IEnumerable<Common.FieldError> Check(TEntity candidate, RecordRules rules) => [];

    /// <summary>The values that must be unique among records of this type, or null when none must.</summary>
    public virtual UniqueKey<TEntity>? Unique => null;

    /// <summary>
    /// What must change with every save or delete of this type, in the same transaction (e.g. members' stored
    /// stages after a roadmap step changes). Runs after the change is saved; its own changes are saved after it.
    /// </summary>
    public virtual Task AfterChangeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Where a published change of <paramref name="record"/> goes in the change log members follow (ADR 0078):
    /// its topic, state (for a state's pathway) and the public path showing it; null for types nobody follows.
    /// </summary>
    public virtual (Alerts.ChangeTopic Topic, string? State, string Link)? FollowedAs(TEntity record) => null;

    /// <summary>
    /// The change-log note for a save of <paramref name="record"/>: created, or the changed fields by their labels
    /// (with old and new values when short); null when the type is not followed or nothing people read changed.
    /// </summary>
    public Alerts.ChangeNote? DescribeChange(RecordView? before, TEntity record)
    {
        if (FollowedAs(record) is not { } followed)
        {
            return null;
        }

        var after = View(record);
        string summary;
        if (before is null)
        {
            summary = $"Added: {after.Title}.";
        }
        else
        {
            var changed = TypedFields
                .Where(f => !string.Equals(before.Values.GetValueOrDefault(f.Name), after.Values[f.Name], StringComparison.Ordinal))
                .Select(f => Described(f, before.Display.GetValueOrDefault(f.Name) ?? string.Empty, after.Display[f.Name]))
                .ToList();
            if (changed.Count == 0)
            {
                return null;
            }

            summary = "Changed: " + string.Join("; ", changed) + ".";
        }

        return new Alerts.ChangeNote(followed.Topic, followed.State, after.Title, summary, followed.Link);
    }

    /// <summary>
    /// The change-log note for deleting <paramref name="record"/> ("Removed: …"); null when the type is not followed.
    /// </summary>
    public Alerts.ChangeNote? DescribeRemoval(TEntity record) =>
        FollowedAs(record) is { } followed
            ? new Alerts.ChangeNote(followed.Topic, followed.State, TitleOf(record), $"Removed: {TitleOf(record)}.", RemovedLink(record, followed.Link))
            : null;

    /// <summary>Where the change log links after <paramref name="record"/> is deleted: its followed link unless that page goes with it.</summary>
    public virtual string RemovedLink(TEntity record, string followedLink) => followedLink;

    private static string Described(RecordField field, string before, string after) =>
        field.Kind == RecordFieldKind.MultilineText || before.Length > 60 || after.Length > 60
            ? $"{field.Label} revised"
            : $"{field.Label} from {Shown(before)} to {Shown(after)}";

    private static string Shown(string value) => value.Length == 0 ? "not set" : value;

    internal override IRecordStore Open(RecordStoreContext context) => new RecordStore<TEntity>(this, context);

    /// <summary>Reads <paramref name="record"/> as the editor shows it.</summary>
    public RecordView View(TEntity record)
    {
        var values = TypedFields.ToDictionary(f => f.Name, f => f.Read(record));
        return new RecordView(record.Id, record.Version, TitleOf(record), values, TypedFields.ToDictionary(f => f.Name, f => f.Display(values[f.Name])));
    }

    /// <summary>
    /// Checks <paramref name="input"/> and writes it onto <paramref name="target"/>: every field's rule, then the
    /// cross-field rules. A field fixed once created is written only when <paramref name="creating"/>.
    /// Returns the messages, one per offending field; none means <paramref name="target"/> holds the input.
    /// </summary>
    public IReadOnlyList<Common.FieldError> Write(TEntity target, RecordInput input, RecordRules rules, bool creating)
    {
        var errors = new List<Common.FieldError>();
        foreach (var field in TypedFields.Where(f => creating || !f.FixedOnceCreated))
        {
            if (field.Write(target, input.Text(field.Name), rules) is { } message)
            {
                errors.Add(new Common.FieldError(field.Name, message));
            }
        }

        return errors.Count > 0 ? errors : Check(target, rules).ToList();
    }
}
