using System.Net;
using AngleSharp.Dom;
using ImgPortal.Infrastructure.Accounts;
using ImgPortal.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.FunctionalTests;

/// <summary>The portal's own account screens, as a new member meets them.</summary>
public sealed class AccountScreensTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Passphrase = "lanterns over the quiet harbour";

    [Fact]
    public async Task Register_Form_SaysWhyAndAsksForADisplayNameWithTheSharedMaxLength()
    {
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/Identity/Account/Register");

        Assert.Contains("roadmap", page.MainText, StringComparison.Ordinal);
        Assert.Equal(
            AccountLimits.DisplayNameMaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture),
            page.Document.QuerySelector("input[name='Input.DisplayName']")?.GetAttribute("maxlength"));
        Assert.DoesNotContain("external", page.MainText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("another service", page.MainText, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Register_DisplayNameTooLong_ReshowsTheFormWithAMessageAndCreatesNoAccount()
    {
        var email = $"long-{Guid.NewGuid():N}@test.example";

        var page = await RegisterAsync(PortalClient.Anonymous(factory), email, new string('n', AccountLimits.DisplayNameMaxLength + 1));

        Assert.Equal("Register", page.Heading);
        Assert.Contains(page.Document.QuerySelectorAll("[data-valmsg-for='Input.DisplayName']"), m => m.TextContent.Contains($"at most {AccountLimits.DisplayNameMaxLength} characters", StringComparison.Ordinal));
        Assert.Empty(factory.Mailbox.MessagesTo(email));
    }

    [Fact]
    public async Task Register_ThenConfirm_StoresTheDisplayNameAndTheConfirmationPageLeadsToLogIn()
    {
        var email = $"named-{Guid.NewGuid():N}@test.example";
        var client = PortalClient.Anonymous(factory);

        var registered = await RegisterAsync(client, email, "Amara Okafor");
        var confirmed = await HtmlPage.GetAsync(client, factory.Mailbox.LinkIn(email, "ConfirmEmail").PathAndQuery);

        Assert.Equal("Check your e-mail", registered.Heading);
        Assert.NotNull(registered.Document.QuerySelector("main a[href='/identity/account/resendemailconfirmation']"));
        Assert.Equal("E-mail confirmed", confirmed.Heading);
        Assert.NotNull(confirmed.Document.QuerySelector("main a[href='/identity/account/login']"));
        using var scope = factory.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email);
        Assert.Equal("Amara Okafor", user!.DisplayName);
    }

    [Theory]
    [InlineData("/Identity/Account/Login")]
    [InlineData("/Identity/Account/Register")]
    [InlineData("/Identity/Account/ForgotPassword")]
    [InlineData("/Identity/Account/ResendEmailConfirmation")]
    [InlineData("/Identity/Account/ResetPassword?code=dG9rZW4")]
    public async Task AccountPage_Anonymous_SaysEMailAsTheRestOfThePortalDoes(string path)
    {
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), path);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        AssertSaysEMail(page);
    }

    [Fact]
    public async Task ManageEmail_SignedIn_SaysEMailInItsHeadingLabelsButtonsAndMenu()
    {
        var client = await PortalClient.AsRoleAsync(factory, ImgPortal.Core.Common.Roles.Member);

        var page = await HtmlPage.GetAsync(client, "/Identity/Account/Manage/Email");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        AssertSaysEMail(page);
        Assert.Contains("Manage e-mail", page.MainText, StringComparison.Ordinal);
        Assert.Equal("New e-mail", HtmlPage.Fold(page.Document.QuerySelector("label[for='Input_NewEmail']")!.TextContent));
        Assert.Equal("Change e-mail", HtmlPage.Fold(page.Document.QuerySelector("#change-email-button")!.TextContent));
    }

    /// <summary>The visible words (the tab title and the page's main text) say "e-mail", never "email".</summary>
    private static void AssertSaysEMail(HtmlPage page)
    {
        var visible = page.Document.Title + " " + page.MainText;
        Assert.Contains("e-mail", visible, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(new System.Text.RegularExpressions.Regex(@"(?<![-@.\w])email\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase), visible);
    }

    [Fact]
    public async Task LogIn_UnconfirmedWithTheRightPassword_SaysConfirmFirstWithAResendLink()
    {
        var email = $"unconfirmed-{Guid.NewGuid():N}@test.example";
        await RegisterAsync(PortalClient.Anonymous(factory), email, "Kofi");

        var right = await PortalClient.LogInAsync(PortalClient.Anonymous(factory), email, Passphrase);
        var wrong = await PortalClient.LogInAsync(PortalClient.Anonymous(factory), email, "not the passphrase at all");

        Assert.Contains("Confirm your e-mail first", right.MainText, StringComparison.Ordinal);
        Assert.NotNull(right.Document.QuerySelector("#confirm-first a[href='/identity/account/resendemailconfirmation']"));
        Assert.DoesNotContain("Confirm your e-mail first", wrong.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogIn_WithAReturnUrl_GoesThereTheFirstTimeAndLaterTimes()
    {
        var email = $"first-{Guid.NewGuid():N}@test.example";
        await factory.CreateUserAsync(email);
        var client = PortalClient.Anonymous(factory, followRedirects: false);

        var first = await LogInWithReturnUrlAsync(client, email, "/mentoring/request");
        var second = await LogInWithReturnUrlAsync(PortalClient.Anonymous(factory, followRedirects: false), email, "/roadmap");

        Assert.Equal("/mentoring/request", first.Headers.Location?.ToString());
        Assert.Equal("/roadmap", second.Headers.Location?.ToString());
    }

    [Fact]
    public async Task EnableAuthenticator_ShowsAServerRenderedQrCodeBesideTheKeyWithoutScript()
    {
        var client = await PortalClient.AsRoleAsync(factory, "Member");

        var page = await HtmlPage.GetAsync(client, "/Identity/Account/Manage/EnableAuthenticator");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var svg = page.Document.QuerySelector("#qrCode svg");
        Assert.NotNull(svg);
        Assert.NotNull(svg!.QuerySelector("path"));
        Assert.Null(svg.QuerySelector("script"));
        Assert.Null(svg.GetAttribute("style"));
        Assert.NotEmpty(page.Document.QuerySelector("kbd")!.TextContent.Trim());
    }

    private static async Task<HttpResponseMessage> LogInWithReturnUrlAsync(HttpClient client, string email, string returnUrl)
    {
        var form = await HtmlPage.GetAsync(client, "/Identity/Account/Login?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        var result = await form.SubmitAsync(client, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = PortalFactory.Password,
        }, "form#account");
        return result.Response;
    }

    private static async Task<HtmlPage> RegisterAsync(HttpClient client, string email, string displayName)
    {
        var form = await HtmlPage.GetAsync(client, "/Identity/Account/Register");
        return await form.SubmitAsync(client, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = displayName,
            ["Input.Email"] = email,
            ["Input.Password"] = Passphrase,
            ["Input.ConfirmPassword"] = Passphrase,
        }, "form#registerForm");
    }
}
