namespace ImgPortal.Infrastructure.Identity;

/// <summary>The lengths of account fields, shared by the forms' validation, their inputs and both providers' schema.</summary>
public static class AccountLimits
{
    /// <summary>Identity's own column length for user names and e-mail addresses.</summary>
    public const int EmailMaxLength = 256;

    public const int DisplayNameMaxLength = 80;

    public const int PasswordMaxLength = 128;
}
