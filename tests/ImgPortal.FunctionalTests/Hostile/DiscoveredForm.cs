namespace ImgPortal.FunctionalTests.Hostile;

/// <summary>A form found on a page: where it was, who opened it, where it posts, and its text fields.</summary>
public sealed record DiscoveredForm(string Role, string PageUrl, string Method, string Action, IReadOnlyList<string> TextFields, IReadOnlyList<string> PasswordFields)
{
    public override string ToString() => $"{Method} {Action} (on {PageUrl} as {Role})";
}
