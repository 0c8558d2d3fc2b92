using ImgPortal.Core.Common;
using ImgPortal.Web.Identity;
using Moq;

namespace ImgPortal.UnitTests.Email;

public sealed class IdentityEmailSenderTests
{
    [Fact]
    public async Task SendEmailAsync_IdentityMessage_GoesThroughThePortalSenderWithABrandedSubject()
    {
        var sender = new Mock<IEmailSender>();
        var adapter = new IdentityEmailSender(sender.Object);

        await adapter.SendEmailAsync("ana@example.org", "Confirm your email", "<p>link</p>");

        sender.Verify(s => s.SendAsync(
            It.Is<EmailMessage>(m => m.To == "ana@example.org" && m.Subject == "ImgPortal: Confirm your email" && m.HtmlBody == "<p>link</p>"),
            It.IsAny<CancellationToken>()), Times.Once);
    }
}
