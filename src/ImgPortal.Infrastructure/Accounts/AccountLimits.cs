namespace ImgPortal.Infrastructure.Accounts;

/// <summary>The lengths of account fields, shared by the forms' validation, their inputs and both providers' schema.</summary>
public static class AccountLimits
{
    /// <summary>Identity's own column length for user names and e-mail addresses.</summary>
    public const int EmailMaxLength = 256;

    public const int DisplayNameMaxLength = 80;

    public const int PasswordMaxLength = 128;

    /// <summary>An authenticator app's code: six digits, seven characters with a space in the middle.</summary>
    public const int AuthenticatorCodeMinLength = 6;

    public const int AuthenticatorCodeMaxLength = 7;

    /// <summary>The two-factor forms' message for a code of the wrong length (<c>StringLength</c>'s placeholders).</summary>
    public const string AuthenticatorCodeLength = "The {0} must be at least {2} and at max {1} characters long.";
}
