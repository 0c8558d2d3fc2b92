using System.Text.RegularExpressions;

namespace ImgPortal.Core.Records;

/// <summary>
/// A text property: one line, several lines, an e-mail address, a web address or a phone number
/// (<paramref name="kind"/>). Empty is stored as an empty string. <see cref="Pattern"/> restricts the
/// characters (e.g. a key); e-mail and web addresses are checked for their form.
/// </summary>
public sealed class TextField<TEntity>(
    string name, string label, Func<TEntity, string> get, Action<TEntity, string> set, RecordFieldKind kind = RecordFieldKind.Text)
    : RecordField<TEntity>(name, label, kind)
{
    /// <summary>A regular expression the whole value must match when it is not empty.</summary>
    public string? Pattern { get; init; }

    /// <summary>The message when the value does not have the right form (pattern, e-mail or web address).</summary>
    public string? FormatMessage { get; init; }

    public override string Read(TEntity entity) => get(entity);

    public override string? Write(TEntity entity, string text, RecordRules rules)
    {
        if (CheckText(text) is { } problem)
        {
            return problem;
        }

        if (text.Length > 0 && !HasItsForm(text))
        {
            return FormatMessage ?? $"Check the {Label.ToLowerInvariant()}.";
        }

        set(entity, text);
        return null;
    }

    private bool HasItsForm(string text) => Kind switch
    {
        RecordFieldKind.Email => IsEmail(text),
        RecordFieldKind.Url => IsHttpUrl(text),
        _ => Pattern is null || Regex.IsMatch(text, Pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)),
    };

    /// <summary>One @, not first or last, no line breaks: the check ASP.NET's e-mail attribute makes.</summary>
    private static bool IsEmail(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == text.LastIndexOf('@') && at < text.Length - 1 && !text.Contains('\r', StringComparison.Ordinal) && !text.Contains('\n', StringComparison.Ordinal);
    }

    /// <summary>An absolute http or https address with a host.</summary>
    private static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);
}
