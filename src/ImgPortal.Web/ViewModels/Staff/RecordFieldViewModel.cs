using ImgPortal.Core.Records;

namespace ImgPortal.Web.ViewModels.Staff;

/// <summary>One field of the record form: its declaration, the value shown and whether it may no longer change.</summary>
public sealed record RecordFieldViewModel(RecordField Field, string Value, bool ReadOnly)
{
    public string InputName => $"Input.{Field.Name}";

    public string InputId => $"Input_{Field.Name}";

    public string HintId => $"{InputId}-hint";

    public string ErrorId => $"{InputId}-error";

    public string? HintText => ReadOnly ? Field.FixedHint ?? Field.Hint : Field.Hint;
}
