using ImgPortal.Core.Records;

namespace ImgPortal.Web.Areas.Staff.ViewModels.Records;

/// <summary>
/// One field of the record form: its declaration, the value shown and whether it may no longer change;
/// <paramref name="Hint"/> replaces the field's own (staff) hint where the form is for someone else.
/// </summary>
public sealed record RecordFieldViewModel(RecordField Field, string Value, bool ReadOnly, string? Hint = null)
{
    public string InputName => $"Input.{Field.Name}";

    public string InputId => $"Input_{Field.Name}";

    public string HintId => $"{InputId}-hint";

    public string ErrorId => $"{InputId}-error";

    public string? HintText => Hint ?? (ReadOnly ? Field.FixedHint ?? Field.Hint : Field.Hint);
}
