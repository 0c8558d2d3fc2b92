using System.Net;
using ImgPortal.TestSupport;
using ImgPortal.Web.Security;

namespace ImgPortal.FunctionalTests.Security;

/// <summary>The only tests that run with the production rate limits (every other factory raises them).</summary>
public sealed class RateLimitTests
{
    private static readonly RateLimitOptions Defaults = new();

    [Fact]
    public async Task ForgotPassword_OneMorePostThanTheLimit_Gets429WithRetryAfterAndSendsNoEmail()
    {
        // The per-address e-mail limit (ADR 0071) is another rule, tested in AccountEmailRequestTests.
        using var factory = new PortalFactory().UseRealRateLimits().With("RateLimits:AccountEmailsPerAddress:PermitLimit", "100000");
        var email = $"flood-{Guid.NewGuid():N}@test.example";
        await factory.CreateUserAsync(email);
        var client = PortalClient.Anonymous(factory);
        var form = await HtmlPage.GetAsync(client, "/Identity/Account/ForgotPassword");

        for (var i = 0; i < Defaults.ForgotPassword.PermitLimit; i++)
        {
            var allowed = await form.SubmitAsync(client, new Dictionary<string, string> { ["Input.Email"] = email });
            Assert.Equal(HttpStatusCode.OK, allowed.Status);
        }

        var refused = await form.SubmitAsync(client, new Dictionary<string, string> { ["Input.Email"] = email });
        await factory.Mailbox.WaitForAsync(email, Defaults.ForgotPassword.PermitLimit);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.NotNull(refused.Response.Headers.RetryAfter);
        Assert.Contains("Too many attempts", refused.MainText, StringComparison.Ordinal);
        Assert.Equal(Defaults.ForgotPassword.PermitLimit, factory.Mailbox.MessagesTo(email).Count);
    }

    [Fact]
    public async Task LogIn_MorePostsForOneAccountThanItsLimit_Gets429BeforeThePasswordIsChecked()
    {
        using var factory = new PortalFactory()
            .UseRealRateLimits()
            .With("RateLimits:LogInPerClient:PermitLimit", "1000");
        var email = $"guessed-{Guid.NewGuid():N}@test.example";
        var client = PortalClient.Anonymous(factory);
        var form = await HtmlPage.GetAsync(client, "/Identity/Account/Login");

        for (var i = 0; i < Defaults.LogInPerAccount.PermitLimit; i++)
        {
            var allowed = await form.SubmitAsync(client, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "guess number " + i }, "form#account");
            Assert.Equal(HttpStatusCode.OK, allowed.Status);
        }

        var refused = await form.SubmitAsync(client, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "one guess too many" }, "form#account");
        var otherAccount = await form.SubmitAsync(client, new Dictionary<string, string> { ["Input.Email"] = "someone-else@test.example", ["Input.Password"] = "a first guess" }, "form#account");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.NotNull(refused.Response.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, otherAccount.Status);
    }

    [Fact]
    public async Task Register_GettingTheFormManyTimes_IsNeverLimited()
    {
        using var factory = new PortalFactory().UseRealRateLimits();
        var client = PortalClient.Anonymous(factory);

        for (var i = 0; i < Defaults.Register.PermitLimit * 2; i++)
        {
            var page = await HtmlPage.GetAsync(client, "/Identity/Account/Register");
            Assert.Equal(HttpStatusCode.OK, page.Status);
        }
    }

    [Fact]
    public void Options_ANegativeWindow_FailsValidation()
    {
        var options = new RateLimitOptions { Register = new RateLimitRule(5, TimeSpan.FromSeconds(-1)) };

        var errors = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).ToList();

        Assert.Contains(errors, e => e.ErrorMessage!.Contains("RateLimits:Register:Window", StringComparison.Ordinal));
    }
}
