using System.Diagnostics;
using System.Net;
using ImgPortal.Infrastructure.Accounts;
using ImgPortal.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.FunctionalTests.Security;

/// <summary>
/// Forgot password and resend confirmation only queue the ask; the background looks the address up and mails
/// accounts that can use it, at most <c>RateLimits:AccountEmailsPerAddress</c> times per address (ADR 0071).
/// </summary>
public sealed class AccountEmailRequestTests
{
    private const string ForgotPassword = "/Identity/Account/ForgotPassword";
    private const string ResendConfirmation = "/Identity/Account/ResendEmailConfirmation";

    [Theory]
    [InlineData(ForgotPassword, true)]
    [InlineData(ResendConfirmation, false)]
    public async Task Post_KnownAndUnknownAddress_TakeAboutTheSameTime(string url, bool confirmed)
    {
        // The production per-address limit keeps the background work for the known address as small as for the
        // unknown one after its first e-mails, so it does not slow the requests measured next to it.
        using var factory = new PortalFactory().With("RateLimits:AccountEmailsPerAddress:PermitLimit", "3");
        var known = $"known-{Guid.NewGuid():N}@test.example";
        await CreateUserAsync(factory, known, confirmed);
        var client = PortalClient.Anonymous(factory, followRedirects: false);
        var token = (await HtmlPage.GetAsync(client, url)).AntiforgeryToken;
        var knownTimes = new List<double>();
        var unknownTimes = new List<double>();

        for (var i = 0; i < 75; i++)
        {
            // Interleaved, each first in turn, so a busy moment on the machine falls on both alike.
            var unknown = $"unknown-{Guid.NewGuid():N}@test.example";
            var knownFirst = i % 2 == 0;
            var first = await TimePostAsync(client, url, token, knownFirst ? known : unknown);
            var second = await TimePostAsync(client, url, token, knownFirst ? unknown : known);
            if (i < 15)
            {
                continue; // warm-up
            }

            knownTimes.Add(knownFirst ? first : second);
            unknownTimes.Add(knownFirst ? second : first);
        }

        // The pages that looked the address up in the request measured 8.5x to 10.6x here; a wide band keeps a busy
        // machine (the browser suite runs beside this one) from failing a page that does the same work for both.
        var ratio = Median(knownTimes) / Median(unknownTimes);
        Assert.True(ratio is >= 0.25 and <= 4.0,
            $"Median {Median(knownTimes):F2} ms for the known address against {Median(unknownTimes):F2} ms for unknown ones (ratio {ratio:F2}).");
    }

    [Fact]
    public async Task ForgotPasswordAndResend_InTheBackground_MailOnlyTheAccountsThatCanUseThem()
    {
        using var factory = new PortalFactory();
        var confirmed = $"confirmed-{Guid.NewGuid():N}@test.example";
        var unconfirmed = $"unconfirmed-{Guid.NewGuid():N}@test.example";
        var unknown = $"unknown-{Guid.NewGuid():N}@test.example";
        await CreateUserAsync(factory, confirmed, confirmed: true);
        await CreateUserAsync(factory, unconfirmed, confirmed: false);

        // One background reader takes the asks in order: once the last two are mailed, the first four are done.
        await PostAsync(factory, ForgotPassword, unknown);
        await PostAsync(factory, ResendConfirmation, unknown);
        await PostAsync(factory, ForgotPassword, unconfirmed);
        await PostAsync(factory, ResendConfirmation, confirmed);
        await PostAsync(factory, ForgotPassword, confirmed);
        await PostAsync(factory, ResendConfirmation, unconfirmed);
        await factory.Mailbox.WaitForAsync(confirmed);
        await factory.Mailbox.WaitForAsync(unconfirmed);

        Assert.Empty(factory.Mailbox.MessagesTo(unknown));
        Assert.Equal("ImgPortal: reset your password", Assert.Single(factory.Mailbox.MessagesTo(confirmed)).Subject);
        Assert.Equal("ImgPortal: confirm your e-mail address", Assert.Single(factory.Mailbox.MessagesTo(unconfirmed)).Subject);
    }

    [Fact]
    public async Task ForgotPassword_FromManyClientsBeyondThePerAddressLimit_MailsTheAddressOnlyUpToTheLimit()
    {
        using var factory = new PortalFactory().With("RateLimits:AccountEmailsPerAddress:PermitLimit", "3");
        var victim = $"victim-{Guid.NewGuid():N}@test.example";
        var marker = $"marker-{Guid.NewGuid():N}@test.example";
        await CreateUserAsync(factory, victim, confirmed: true);
        await CreateUserAsync(factory, marker, confirmed: true);

        var pages = new List<HtmlPage>();
        for (var i = 0; i < 5; i++)
        {
            pages.Add(await PostAsync(factory, ForgotPassword, victim));
        }

        await PostAsync(factory, ForgotPassword, marker);
        await factory.Mailbox.WaitForAsync(marker);

        Assert.Equal(3, factory.Mailbox.MessagesTo(victim).Count);
        Assert.All(pages, page => Assert.Equal(pages[0].MainText, page.MainText));
    }

    private static async Task<double> TimePostAsync(HttpClient client, string url, string token, string email)
    {
        using var content = new FormUrlEncodedContent([new("Input.Email", email), new("__RequestVerificationToken", token)]);
        var watch = Stopwatch.StartNew();
        using var response = await client.PostAsync(url, content);
        var elapsed = watch.Elapsed.TotalMilliseconds;
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        // The background work this ask queued runs now, not during the next measured request.
        await Task.Delay(15);
        return elapsed;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>Each ask from a new client, as if from a different visitor.</summary>
    private static async Task<HtmlPage> PostAsync(PortalFactory factory, string url, string email)
    {
        var client = PortalClient.Anonymous(factory);
        var form = await HtmlPage.GetAsync(client, url);
        return await form.SubmitAsync(client, new Dictionary<string, string> { ["Input.Email"] = email });
    }

    private static async Task CreateUserAsync(PortalFactory factory, string email, bool confirmed)
    {
        if (confirmed)
        {
            await factory.CreateUserAsync(email);
            return;
        }

        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var result = await users.CreateAsync(new ApplicationUser { UserName = email, Email = email }, PortalFactory.Password);
        Assert.True(result.Succeeded);
    }
}
