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

    /// <summary>
    /// How long the delivery of one message may take, from connecting to the server's last reply: a server
    /// that accepts the connection and never answers is given up on after this, and the message is retried
    /// later. The outbox leases each message for twice this long (ADR 0067).
    /// </summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;
}
