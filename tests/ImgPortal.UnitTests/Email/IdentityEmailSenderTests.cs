using ImgPortal.Core.Common;
using ImgPortal.Web.Identity;
using Moq;

namespace ImgPortal.UnitTests.Email;

public sealed class IdentityEmailSenderTests
{
    private readonly Mock<IEmailSender> _sender = new();
    private readonly Mock<IEmailComposer> _composer = new();
    private readonly Mock<IPortalLinks> _links = new();
    private EmailContent? _composed;

    public IdentityEmailSenderTests()
    {
        _composer.Setup(c => c.ComposeAsync(It.IsAny<EmailContent>(), It.IsAny<CancellationToken>()))
            .Callback<EmailContent, CancellationToken>((content, _) => _composed = content)
            .ReturnsAsync((EmailContent c, CancellationToken _) => new EmailMessage(c.To, c.Subject, "<p>laid out</p>", "laid out"));
        _links.Setup(l => l.Absolute(It.IsAny<string>())).Returns((string path) => new Uri(new Uri("https://portal.example"), path));
    }

    [Fact]
    public async Task SendEmailAsync_IdentityMessage_IsLaidOutWithItsLinkAsTheActionAndABrandedSubject()
    {
        var adapter = new IdentityEmailSender(_sender.Object, _composer.Object, _links.Object);

        await adapter.SendEmailAsync("ana@example.org", "Confirm your email", "Please <a href='https://portal.example/confirm?a=1&amp;b=2'>confirm</a>.");

        Assert.NotNull(_composed);
        Assert.Equal("ImgPortal: Confirm your email", _composed.Subject);
        Assert.Equal(new Uri("https://portal.example/confirm?a=1&b=2"), _composed.Action?.Url);
        Assert.Equal(IdentityEmailSender.Reason, _composed.Reason);
        _sender.Verify(s => s.SendAsync(
            It.Is<EmailMessage>(m => m.To == "ana@example.org" && m.HtmlBody == "<p>laid out</p>" && m.TextBody == "laid out"),
            It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task SendEmailAsync_MessageWithoutALink_LinksToTheAccountPage()
    {
        var adapter = new IdentityEmailSender(_sender.Object, _composer.Object, _links.Object);

        await adapter.SendEmailAsync("ana@example.org", "Your account", "<p>Nothing to click.</p>");

        Assert.Equal(new Uri("https://portal.example/Identity/Account/Manage"), _composed?.Action?.Url);
    }
}
