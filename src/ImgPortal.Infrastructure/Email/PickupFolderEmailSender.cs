using ImgPortal.Core.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ImgPortal.Infrastructure.Email;

/// <summary>
/// Writes each message as an .eml file instead of sending it: for Development and tests. The file appears
/// whole or not at all: it is written under a hidden <c>.tmp</c> name in the same folder, flushed to disk and
/// then renamed, so a reader that takes <c>*.eml</c> (a test, a relay watching the folder) never sees half a message.
/// </summary>
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
        await PickupDirectory.WriteAtomicallyAsync(
            directory.Path,
            fileName,
            (stream, token) => mime.WriteToAsync(stream, token),
            cancellationToken);

        // Never the address or the body: they are personal data.
        logger.LogInformation("Wrote e-mail {MessageId} to the pickup folder as {FileName}", mime.MessageId, fileName);
    }
}
