using System.Globalization;

namespace ImgPortal.Core.Records;

/// <summary>
/// One field of a record type, as declared in the type's folder: its name (the entity's property), the label
/// people read, how it is entered, its limits and its messages. The form, the list, the conflict and delete
/// pages and the validation all read this one declaration. Typed subclasses read and write the entity.
/// </summary>
public abstract class RecordField
{
    /// <summary>How every date field is typed and shown: year-month-day.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    protected RecordField(string name, string label, RecordFieldKind kind)
    {
        Name = name;
        Label = label;
        Kind = kind;
    }

    /// <summary>The entity property's name; also the form field's name (under the <c>Input</c> prefix).</summary>
    public string Name { get; }

    public string Label { get; }

    public RecordFieldKind Kind { get; }

    /// <summary>The message when the field is left empty; null when it is optional.</summary>
    public string? Required { get; init; }

    public bool IsRequired => Required is not null;

    /// <summary>The most characters the field holds (the schema's length too); null for non-text fields.</summary>
    public int? MaxLength { get; init; }

    /// <summary>A line under the input that helps people fill it in.</summary>
    public string? Hint { get; init; }

    /// <summary>True when the value is set once, when the record is created, and shown read-only afterwards.</summary>
    public bool FixedOnceCreated { get; init; }

    /// <summary>The hint shown instead of <see cref="Hint"/> once the value is fixed.</summary>
    public string? FixedHint { get; init; }

    /// <summary>How many of the form grid's 12 columns the field spans on wide screens.</summary>
    public int Width { get; init; } = 12;

    /// <summary>Lines a multi-line field shows.</summary>
    public int Rows { get; init; } = 3;

    /// <summary>The least and most a number may be.</summary>
    public int? Min { get; init; }

    public int? Max { get; init; }

    /// <summary>The options of a choice field, in the order shown.</summary>
    public virtual IReadOnlyList<RecordOption> Options => [];

    /// <summary>What people read for the form value <paramref name="value"/> (a choice's label, otherwise the value).</summary>
    public virtual string Display(string value) => value;

    /// <summary>The form value of a new record before anyone types.</summary>
    public virtual string Blank => string.Empty;

    /// <summary>Checks the length and emptiness of <paramref name="text"/>; null when both are fine.</summary>
    protected string? CheckText(string text)
    {
        if (text.Length == 0)
        {
            return Required;
        }

        return MaxLength is { } max && text.Length > max
            ? TooLong ?? $"Keep the {Label.ToLowerInvariant()} under {max:N0} characters."
            : null;
    }

    /// <summary>
    /// Reads a whole number as staff type it (an optional sign, no separators) that lies within <see cref="Min"/> and
    /// <see cref="Max"/>; false when the text is not one.
    /// </summary>
    protected bool TryReadNumber(string text, out int number) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number) && !(number < Min || number > Max);

    /// <summary>Reads a calendar date typed as <see cref="DateFormat"/>; false when the text is not one.</summary>
    protected static bool TryReadDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>The message when the text is longer than <see cref="MaxLength"/>; by default "Keep the label under N characters."</summary>
    public string? TooLong { get; init; }
}
