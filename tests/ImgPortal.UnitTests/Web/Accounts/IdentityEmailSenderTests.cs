using ImgPortal.Core.Common;
using ImgPortal.Web.Accounts;
using Moq;

namespace ImgPortal.UnitTests.Web.Accounts;

public sealed class IdentityEmailSenderTests
{
    private readonly Mock<IEmailOutbox> _outbox = new();
    private readonly Mock<IPortalLinks> _links = new();
    private EmailContent? _queued;

    public IdentityEmailSenderTests()
    {
        _outbox.Setup(o => o.QueueAloneAsync(It.IsAny<EmailContent>(), It.IsAny<CancellationToken>()))
            .Callback<EmailContent, CancellationToken>((content, _) => _queued = content)
            .Returns(Task.CompletedTask);
        _links.Setup(l => l.Absolute(It.IsAny<string>())).Returns((string path) => new Uri(new Uri("https://portal.example"), path));
    }

    [Fact]
    public async Task SendEmailAsync_IdentityMessage_IsQueuedOnItsOwnWithItsLinkAsTheActionAndABrandedSubject()
    {
        var adapter = new IdentityEmailSender(_outbox.Object, _links.Object);
        const string html = "Please <a href='https://portal.example/confirm?a=1&amp;b=2'>confirm</a>.";

        await adapter.SendEmailAsync("ana@example.org", "Confirm your email", html);

        Assert.NotNull(_queued);
        Assert.Equal("ana@example.org", _queued.To);
        Assert.Equal("ImgPortal: Confirm your email", _queued.Subject);
        Assert.Equal(new Uri("https://portal.example/confirm?a=1&b=2"), _queued.Action?.Url);
        Assert.Equal(IdentityEmailSender.Reason, _queued.Reason);
        Assert.Equal(html, _queued.TrustedHtml);
        _outbox.Verify(o => o.QueueAloneAsync(It.IsAny<EmailContent>(), It.IsAny<CancellationToken>()), Times.Once);
        _outbox.Verify(o => o.Queue(It.IsAny<EmailContent>()), Times.Never);
    }

    [Fact]
    public async Task SendEmailAsync_MessageWithoutALink_LinksToTheAccountPage()
    {
        var adapter = new IdentityEmailSender(_outbox.Object, _links.Object);

        await adapter.SendEmailAsync("ana@example.org", "Your account", "<p>Nothing to click.</p>");

        Assert.Equal(new Uri("https://portal.example/Identity/Account/Manage"), _queued?.Action?.Url);
    }
}
