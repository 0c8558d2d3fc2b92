namespace ImgPortal.FunctionalTests.Hostile;

/// <summary>A form found on a page: where it was, who opened it, where it posts, its text fields and its date (and date-time) fields.</summary>
public sealed record DiscoveredForm(
    string Role, string PageUrl, string Method, string Action, IReadOnlyList<string> TextFields, IReadOnlyList<string> PasswordFields, IReadOnlyList<string> DateFields)
{
    public override string ToString() => $"{Method} {Action} (on {PageUrl} as {Role})";
}
