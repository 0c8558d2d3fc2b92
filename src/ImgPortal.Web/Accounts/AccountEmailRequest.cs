namespace ImgPortal.Web.Accounts;

/// <summary>"Send <paramref name="Kind"/> to <paramref name="Email"/> if it has an account that can use it": the whole of what a request does (ADR 0071).</summary>
public sealed record AccountEmailRequest(AccountEmailKind Kind, string Email);
