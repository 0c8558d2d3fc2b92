using System.Net;
using System.Text.RegularExpressions;
using MimeKit;

namespace ImgPortal.TestSupport;

/// <summary>
/// Reads what the portal "sent": the .eml files its pickup sender wrote. Only finished messages: the sender
/// writes under a hidden .tmp name and renames, and this reader takes nothing but names ending in exactly .eml.
/// </summary>
public sealed partial class PickupMailbox(string directory)
{
    public string Directory { get; } = directory;

    public IReadOnlyList<MimeMessage> MessagesTo(string address) =>
        !System.IO.Directory.Exists(Directory)
            ? []
            : System.IO.Directory.EnumerateFiles(Directory, "*.eml")
                .Where(IsFinishedMessage)
                .Order(StringComparer.Ordinal)
                .Select(path => MimeMessage.Load(path))
                .Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, address, StringComparison.OrdinalIgnoreCase)))
                .ToList();

    /// <summary>
    /// Waits until at least <paramref name="count"/> messages to <paramref name="address"/> are written, for mail the
    /// portal sends in the background (the reset and confirmation e-mails, ADR 0071); throws after 30 seconds.
    /// </summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(string address, int count = 1)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var messages = MessagesTo(address);
            if (messages.Count >= count)
            {
                return messages;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{messages.Count} of {count} e-mails to {address} were written within 30 seconds.");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>The first link in the newest message to <paramref name="address"/> whose URL contains <paramref name="fragment"/>.</summary>
    public Uri LinkIn(string address, string fragment)
    {
        var messages = MessagesTo(address);
        var message = (messages.Count > 0 ? messages[^1] : null)
            ?? throw new InvalidOperationException($"No e-mail was written to the pickup folder for {address}.");
        var link = Href().Matches(message.HtmlBody ?? string.Empty)
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .FirstOrDefault(href => href.Contains(fragment, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"The e-mail to {address} has no link containing '{fragment}'.");
        return new Uri(link);
    }

    /// <summary>Exactly ".eml" (Windows' "*.eml" also matches longer endings) and not a hidden, partial file.</summary>
    public static bool IsFinishedMessage(string path) =>
        string.Equals(Path.GetExtension(path), ".eml", StringComparison.OrdinalIgnoreCase)
        && !Path.GetFileName(path).StartsWith('.');

    [GeneratedRegex("href=['\"]([^'\"]+)['\"]", RegexOptions.IgnoreCase)]
    private static partial Regex Href();
}
