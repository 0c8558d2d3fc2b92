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
