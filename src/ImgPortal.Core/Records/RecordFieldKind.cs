namespace ImgPortal.Core.Records;

/// <summary>How a field is entered, so the one form partial can draw the right input for it.</summary>
public enum RecordFieldKind
{
    /// <summary>One line of text.</summary>
    Text,

    /// <summary>Several lines of text (a text area).</summary>
    MultilineText,

    /// <summary>An e-mail address (optional unless required).</summary>
    Email,

    /// <summary>An absolute http or https address.</summary>
    Url,

    /// <summary>A phone number, as typed.</summary>
    Phone,

    /// <summary>A whole number within a range.</summary>
    Number,

    /// <summary>A calendar date (yyyy-MM-dd).</summary>
    Date,

    /// <summary>One of a fixed list of options (an enum, or the US states).</summary>
    Choice,

    /// <summary>Yes or no.</summary>
    Checkbox,
}
