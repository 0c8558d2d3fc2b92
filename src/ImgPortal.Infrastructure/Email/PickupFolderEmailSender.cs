using ImgPortal.Core.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ImgPortal.Infrastructure.Email;

/// <summary>Writes each message as an .eml file instead of sending it: for Development and tests.</summary>
public sealed class PickupFolderEmailSender(
    IOptions<EmailOptions> options,
    PickupDirectory directory,
    ILogger<PickupFolderEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory.Path);
        var mime = MimeMessageFactory.Create(message, options.Value);
        var fileName = $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml";
        await mime.WriteToAsync(Path.Combine(directory.Path, fileName), cancellationToken);

        // Never the address or the body: they are personal data.
        logger.LogInformation("Wrote e-mail {MessageId} to the pickup folder as {FileName}", mime.MessageId, fileName);
    }
}
