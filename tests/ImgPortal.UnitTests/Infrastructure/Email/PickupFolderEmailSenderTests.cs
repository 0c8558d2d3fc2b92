using ImgPortal.Core.Common;
using ImgPortal.Infrastructure.Email;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Moq;

namespace ImgPortal.UnitTests.Infrastructure.Email;

public sealed class PickupFolderEmailSenderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "imgportal-unit", Guid.NewGuid().ToString("N"));
    private readonly Mock<ILogger<PickupFolderEmailSender>> _logger = new();

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task SendAsync_Message_IsWrittenAsAnEmlFileWithHtmlAndTextParts()
    {
        var sender = CreateSender();

        await sender.SendAsync(new EmailMessage("ana@example.org", "Confirm your e-mail", "<p>Please <a href=\"https://portal/confirm?x=1&amp;y=2\">confirm</a>.</p>"));

        var file = Assert.Single(Directory.GetFiles(_folder, "*.eml"));
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal("ana@example.org", message.To.Mailboxes.Single().Address);
        Assert.Equal("portal@example.org", message.From.Mailboxes.Single().Address);
        Assert.Equal("Confirm your e-mail", message.Subject);
        Assert.Contains("href=\"https://portal/confirm?x=1&amp;y=2\"", message.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("Please confirm (https://portal/confirm?x=1&y=2).", message.TextBody?.Trim());
    }

    [Fact]
    public async Task SendAsync_Message_LogsWithoutTheRecipientsAddress()
    {
        var sender = CreateSender();

        await sender.SendAsync(new EmailMessage("ana@example.org", "Subject", "<p>Body</p>"));

        _logger.Verify(
            l => l.Log(
                LogLevel.Information,
                It.IsAny<EventId>(),
                It.Is<It.IsAnyType>((state, _) => !$"{state}".Contains("ana@example.org")),
                null,
                It.IsAny<Func<It.IsAnyType, Exception?, string>>()),
            Times.Once);
        _logger.Verify(
            l => l.Log(
                It.IsAny<LogLevel>(),
                It.IsAny<EventId>(),
                It.Is<It.IsAnyType>((state, _) => $"{state}".Contains("ana@example.org")),
                It.IsAny<Exception?>(),
                It.IsAny<Func<It.IsAnyType, Exception?, string>>()),
            Times.Never);
    }

    [Fact]
    public async Task SendAsync_LargeMessagesWhileAReaderPollsTheFolder_ReaderOnlySeesWholeMessages()
    {
        const int Messages = 3;
        var paragraph = "<p>" + new string('x', 4 * 1024 * 1024) + "</p>";
        var sender = CreateSender();
        Directory.CreateDirectory(_folder);
        var seen = new List<int>();
        using var sent = new CancellationTokenSource();
        var reader = Task.Run(() => ReadEveryEmlUntil(seen, sent.Token));

        for (var i = 0; i < Messages; i++)
        {
            await sender.SendAsync(new EmailMessage($"reader{i}@example.org", "Large", paragraph));
        }

        await sent.CancelAsync();
        await reader;

        Assert.Equal(Messages, Directory.GetFiles(_folder).Length); // No partial file left behind.
        Assert.Equal(Messages, Directory.GetFiles(_folder, "*.eml").Length);
        Assert.All(seen, length => Assert.Equal(paragraph.Length, length));
    }

    /// <summary>
    /// A naive reader, as a relay watching the folder would be: every *.eml it can list, opened at once. Polls
    /// until cancelled, then once more; returns the HTML body lengths it read.
    /// </summary>
    private void ReadEveryEmlUntil(List<int> lengths, CancellationToken stop)
    {
        var last = false;
        while (!last)
        {
            last = stop.IsCancellationRequested;
            foreach (var file in Directory.GetFiles(_folder, "*.eml"))
            {
                var html = MimeMessage.Load(file, CancellationToken.None).HtmlBody;
                lengths.Add(html?.Length ?? 0);
            }
        }
    }

    private PickupFolderEmailSender CreateSender() =>
        new(
            Options.Create(new EmailOptions { Delivery = EmailDelivery.Pickup, FromAddress = "portal@example.org", PickupDirectory = _folder }),
            new PickupDirectory(_folder),
            _logger.Object);
}
