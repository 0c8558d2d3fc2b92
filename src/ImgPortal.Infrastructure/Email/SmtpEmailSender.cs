using ImgPortal.Core.Common;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ImgPortal.Infrastructure.Email;

/// <summary>
/// Sends through an SMTP server with MailKit, from the <c>Email:Smtp</c> settings. The whole delivery is
/// bounded by <see cref="SmtpOptions.TimeoutSeconds"/> (a <see cref="TimeoutException"/> after it); a 5xx
/// refusal of the message becomes a <see cref="PermanentDeliveryException"/>, anything else stays transient.
/// </summary>
public sealed class SmtpEmailSender(
    IOptions<EmailOptions> options,
    IOptions<SmtpTransportOptions> transport,
    ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var mime = MimeMessageFactory.Create(message, settings);
        var timeout = TimeSpan.FromSeconds(settings.Smtp.TimeoutSeconds);

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        using var client = new SmtpClient { Timeout = (int)timeout.TotalMilliseconds };
        if (transport.Value.ServerCertificateValidationCallback is { } validate)
        {
            client.ServerCertificateValidationCallback = validate;
        }

        try
        {
            var security = settings.Smtp.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None;
            await client.ConnectAsync(settings.Smtp.Host ?? throw new InvalidOperationException("Email:Smtp:Host is not set."), settings.Smtp.Port, security, deadline.Token);
            if (!string.IsNullOrEmpty(settings.Smtp.UserName))
            {
                await client.AuthenticateAsync(settings.Smtp.UserName, settings.Smtp.Password ?? string.Empty, deadline.Token);
            }

            await client.SendAsync(mime, deadline.Token);
            await client.DisconnectAsync(quit: true, deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The mail server did not finish within Email:Smtp:TimeoutSeconds ({settings.Smtp.TimeoutSeconds} s).");
        }
        catch (SmtpCommandException ex) when ((int)ex.StatusCode >= 500 && ex.ErrorCode != SmtpErrorCode.UnexpectedStatusCode)
        {
            throw new PermanentDeliveryException($"The mail server refused the message ({(int)ex.StatusCode}): {ex.Message}", ex);
        }

        logger.LogInformation("Sent e-mail {MessageId} by SMTP", mime.MessageId);
    }
}
