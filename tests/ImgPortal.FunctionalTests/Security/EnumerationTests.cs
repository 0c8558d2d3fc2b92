using ImgPortal.Infrastructure.Accounts;
using ImgPortal.TestSupport;
using ImgPortal.Web.Areas.Identity.Pages.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.FunctionalTests.Security;

/// <summary>Known and unknown addresses get the same page, status and work (ADR 0017).</summary>
public sealed class EnumerationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Passphrase = "plum orchard under winter light";

    [Fact]
    public async Task Register_AnAddressThatHasAnAccount_AnswersLikeANewOneAndTellsTheOwnerByEmail()
    {
        var existing = $"owner-{Guid.NewGuid():N}@test.example";
        await factory.CreateUserAsync(existing);
        var fresh = $"fresh-{Guid.NewGuid():N}@test.example";

        var forExisting = await RegisterAsync(existing);
        var forFresh = await RegisterAsync(fresh);

        Assert.Equal(forFresh.Status, forExisting.Status);
        Assert.Equal(forFresh.Heading, forExisting.Heading);
        Assert.Equal(forFresh.MainText, forExisting.MainText);
        Assert.DoesNotContain("already taken", forExisting.MainText, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("ImgPortal: you already have an account", factory.Mailbox.MessagesTo(existing).Single().Subject);
        Assert.Equal("ImgPortal: confirm your e-mail address", factory.Mailbox.MessagesTo(fresh).Single().Subject);
    }

    [Fact]
    public async Task LogIn_UnknownAddressAndWrongPassword_SameAnswerAndBothVerifyAPasswordHash()
    {
        var hasher = new CountingHasher();
        using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<ApplicationUser>>(hasher)));
        var known = $"known-{Guid.NewGuid():N}@test.example";
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            await users.CreateAsync(new ApplicationUser { UserName = known, Email = known, EmailConfirmed = true }, PortalFactory.Password);
        }

        hasher.Verified = 0;
        var wrong = await PortalClient.LogInAsync(app.CreateClient(), known, "not the passphrase at all");
        var verifiedForKnown = hasher.Verified;
        hasher.Verified = 0;
        var unknown = await PortalClient.LogInAsync(app.CreateClient(), $"nobody-{Guid.NewGuid():N}@test.example", "not the passphrase at all");
        var verifiedForUnknown = hasher.Verified;

        Assert.Equal(wrong.Status, unknown.Status);
        Assert.Equal(wrong.MainText, unknown.MainText);
        Assert.Contains(LoginModel.FailedMessage, unknown.MainText, StringComparison.Ordinal);
        Assert.Equal(1, verifiedForKnown);
        Assert.Equal(1, verifiedForUnknown);
    }

    [Fact]
    public async Task LogIn_LockedAccountWithTheRightPassword_AnswersLikeAWrongPasswordAfterTheSameHashing()
    {
        var hasher = new CountingHasher();
        using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<ApplicationUser>>(hasher)));
        var email = $"locked-{Guid.NewGuid():N}@test.example";
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
            await users.CreateAsync(user, PortalFactory.Password);
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddHours(1));
        }

        var wrong = await PortalClient.LogInAsync(app.CreateClient(), email, "not the passphrase at all");
        hasher.Verified = 0;
        var right = await PortalClient.LogInAsync(app.CreateClient(), email, PortalFactory.Password);

        Assert.Equal(wrong.MainText, right.MainText);
        Assert.Null(right.Document.QuerySelector("form#logout-form"));
        Assert.Equal(1, hasher.Verified);
    }

    [Fact]
    public async Task ForgotPasswordAndResend_KnownAndUnknownAddresses_GetTheSamePage()
    {
        var known = $"known-{Guid.NewGuid():N}@test.example";
        await factory.CreateUserAsync(known);
        var unknown = $"unknown-{Guid.NewGuid():N}@test.example";

        var forgotKnown = await PostEmailAsync("/Identity/Account/ForgotPassword", known);
        var forgotUnknown = await PostEmailAsync("/Identity/Account/ForgotPassword", unknown);
        var resendKnown = await PostEmailAsync("/Identity/Account/ResendEmailConfirmation", known);
        var resendUnknown = await PostEmailAsync("/Identity/Account/ResendEmailConfirmation", unknown);

        Assert.Equal(forgotKnown.Status, forgotUnknown.Status);
        Assert.Equal(forgotKnown.MainText, forgotUnknown.MainText);
        Assert.Equal(resendKnown.Status, resendUnknown.Status);
        Assert.Equal(resendKnown.MainText, resendUnknown.MainText);
        Assert.Contains("If that address has an account", resendUnknown.MainText, StringComparison.Ordinal);
    }

    private async Task<HtmlPage> PostEmailAsync(string url, string email)
    {
        var client = PortalClient.Anonymous(factory);
        var form = await HtmlPage.GetAsync(client, url);
        return await form.SubmitAsync(client, new Dictionary<string, string> { ["Input.Email"] = email });
    }

    private async Task<HtmlPage> RegisterAsync(string email)
    {
        var client = PortalClient.Anonymous(factory);
        var form = await HtmlPage.GetAsync(client, "/Identity/Account/Register");
        return await form.SubmitAsync(client, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Ada Obi",
            ["Input.Email"] = email,
            ["Input.Password"] = Passphrase,
            ["Input.ConfirmPassword"] = Passphrase,
        }, "form#registerForm");
    }

    private sealed class CountingHasher : IPasswordHasher<ApplicationUser>
    {
        private readonly PasswordHasher<ApplicationUser> _inner = new();
        private int _verified;

        public int Verified
        {
            get => Volatile.Read(ref _verified);
            set => Volatile.Write(ref _verified, value);
        }

        public string HashPassword(ApplicationUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verified);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
