namespace ImgPortal.Web.Accounts;

/// <summary>Which account e-mail an anonymous visitor asked for.</summary>
public enum AccountEmailKind
{
    /// <summary>Forgot password: a reset link, for a confirmed account.</summary>
    PasswordReset,

    /// <summary>Resend confirmation: a confirmation link, for an account not yet confirmed.</summary>
    Confirmation,
}
