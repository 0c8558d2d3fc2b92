namespace ImgPortal.Core.Records;

/// <summary>
/// A kind of structured record staff edit (contacts, organizations, …): what the one editor flow needs to know
/// about it. Each kind is declared once, in its own folder under <c>Records/</c>, by deriving from
/// <see cref="RecordType{TEntity}"/>; the controller, views, service and tests are shared.
/// </summary>
public abstract class RecordType
{
    /// <summary>The URL segment under <c>/staff/</c> (e.g. <c>contacts</c>); also the list table's id.</summary>
    public abstract string Slug { get; }

    /// <summary>The entity's name in the audit trail (its CLR type name).</summary>
    public abstract string AuditName { get; }

    /// <summary>The list page's heading, e.g. "Contacts".</summary>
    public abstract string ListTitle { get; }

    /// <summary>The list table's caption: what the rows are and where visitors see them.</summary>
    public abstract string ListCaption { get; }

    /// <summary>A paragraph above the list, or null.</summary>
    public virtual string? ListIntro => null;

    /// <summary>The list's add button, e.g. "Add a contact".</summary>
    public abstract string AddLabel { get; }

    /// <summary>The heading of the form for a new record, e.g. "Add a contact".</summary>
    public abstract string NewTitle { get; }

    /// <summary>How the conflict message names one record, e.g. "this contact".</summary>
    public abstract string ThisRecord { get; }

    /// <summary>What the flash message says after a delete.</summary>
    public virtual string DeletedMessage => "Deleted. The audit trail keeps what it held.";

    /// <summary>The fields, in form order.</summary>
    public abstract IReadOnlyList<RecordField> Fields { get; }

    /// <summary>The list's columns, in order.</summary>
    public abstract IReadOnlyList<RecordColumn> Columns { get; }

    public RecordField? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);

    /// <summary>The form's values for a new record on <paramref name="today"/>.</summary>
    public virtual IReadOnlyDictionary<string, string> NewValues(DateOnly today) =>
        Fields.ToDictionary(f => f.Name, f => f.Blank);

    /// <summary>The message shown when a save is refused because someone else saved first.</summary>
    public string ConflictMessage =>
        $"Someone else changed {ThisRecord} while you were editing, so nothing was saved. Your values are in the form; the saved ones are shown beside them. Save again to keep yours.";

    /// <summary>Binds this type to the generic flow (see <see cref="RecordType{TEntity}"/>).</summary>
    internal abstract IRecordStore Open(RecordStoreContext context);
}
