using System.ComponentModel.DataAnnotations;

namespace ImgPortal.Infrastructure.Email;

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Upgrade the connection with STARTTLS (port 587). Off only for a local relay.</summary>
    public bool UseStartTls { get; set; } = true;
}
