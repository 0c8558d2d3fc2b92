using System.Net.Security;

namespace ImgPortal.Infrastructure.Email;

/// <summary>
/// Settings of the SMTP connection that only code can set, never configuration. Production leaves them
/// alone, so MailKit validates the server's certificate fully; the tests trust their own self-signed one.
/// </summary>
public sealed class SmtpTransportOptions
{
    /// <summary>Replaces MailKit's certificate validation when set (tests only).</summary>
    public RemoteCertificateValidationCallback? ServerCertificateValidationCallback { get; set; }
}
