using System.Globalization;

namespace ImgPortal.Core.Common;

/// <summary>
/// Validation messages written once (ADR 0097): a rule's message is a constant beside the rule, with its limits as
/// placeholders in the data-annotation attributes' order, so the web form's attribute and the Core rule show the same
/// words and numbers. <c>{1}</c> is a length's maximum (<c>StringLength</c>) or a range's minimum (<c>Range</c>),
/// <c>{2}</c> a range's maximum; <c>{0}</c>, the field's display name, is not used.
/// </summary>
public static class ValidationText
{
    /// <summary>A note longer than its field allows (several features' forms).</summary>
    public const string NoteTooLong = "Keep the note to {1:N0} characters.";

    /// <summary>A country's name longer than its field allows (the profile's and the mentee request's).</summary>
    public const string CountryTooLong = "Keep the country to {1:N0} characters.";

    /// <summary>A text whose label says what it is ("How you like to meet", "Sources checked") longer than its field allows.</summary>
    public const string TextTooLong = "Keep this to {1:N0} characters.";

    /// <summary>The message with a length's maximum in <c>{1}</c>, as <c>StringLength</c> shows it.</summary>
    public static string Limit(string message, int maximum) =>
        string.Format(CultureInfo.CurrentCulture, message, string.Empty, maximum);

    /// <summary>The message with a range's bounds in <c>{1}</c> and <c>{2}</c>, as <c>Range</c> shows it.</summary>
    public static string Range(string message, int minimum, int maximum) =>
        string.Format(CultureInfo.CurrentCulture, message, string.Empty, minimum, maximum);
}
