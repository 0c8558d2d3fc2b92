using System.Text.RegularExpressions;
using ImgPortal.Core.Common;
using ImgPortal.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace ImgPortal.FunctionalTests;

/// <summary>E-mails as the portal really builds them: the Razor layout, the outbox, the pickup folder.</summary>
public sealed partial class EmailTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ForgotPassword_Email_HasOnlyAbsoluteLinksAllKeptInThePlainTextPartAndSaysWhyItWasSent()
    {
        var email = $"forgot-{Guid.NewGuid():N}@test.example";
        await factory.CreateUserAsync(email);
        var client = PortalClient.Anonymous(factory);

        var form = await HtmlPage.GetAsync(client, "/Identity/Account/ForgotPassword");
        await form.SubmitAsync(client, new Dictionary<string, string> { ["Input.Email"] = email });
        await factory.Mailbox.WaitForAsync(email);

        var message = Assert.Single(factory.Mailbox.MessagesTo(email));
        AssertActionable(message);
        Assert.Contains(factory.Mailbox.LinkIn(email, "ResetPassword").ToString(), message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueueAndSave_Content_IsLaidOutWithItsActionReasonAndEncodedText()
    {
        var email = $"compose-{Guid.NewGuid():N}@test.example";
        using var scope = factory.Services.CreateScope();
        var links = scope.ServiceProvider.GetRequiredService<IPortalLinks>();

        scope.ServiceProvider.GetRequiredService<IEmailOutbox>().Queue(new EmailContent(
            email,
            "NRMP rank-order list deadline: in 7 days",
            ["The deadline is on 3 March 2027 <b>not</b> later."],
            new EmailAction("See your roadmap", links.Absolute("/roadmap")),
            "reminders are on in your profile."));
        await scope.ServiceProvider.GetRequiredService<IAppDbContext>().SaveChangesAsync();

        var message = Assert.Single(factory.Mailbox.MessagesTo(email));
        AssertActionable(message);
        Assert.Contains("See your roadmap (http://localhost/roadmap)", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;not&lt;/b&gt;", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("reminders are on in your profile.", message.TextBody, StringComparison.Ordinal);
    }

    private static void AssertActionable(MimeMessage message)
    {
        var hrefs = Href().Matches(message.HtmlBody ?? string.Empty)
            .Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))
            .ToList();
        Assert.NotEmpty(hrefs);
        foreach (var href in hrefs)
        {
            Assert.True(Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.Scheme == "http" && uri.Host == "localhost", $"{href} is not an absolute portal link");
            Assert.Contains(href, message.TextBody, StringComparison.Ordinal);
        }

        Assert.Contains("Why you got this e-mail:", message.TextBody, StringComparison.Ordinal);
    }

    [GeneratedRegex("href=['\"]([^'\"]+)['\"]", RegexOptions.IgnoreCase)]
    private static partial Regex Href();
}
