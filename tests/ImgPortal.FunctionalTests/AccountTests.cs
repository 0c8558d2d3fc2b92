using System.Net;
using AngleSharp.Dom;
using ImgPortal.Infrastructure.Accounts;
using ImgPortal.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ImgPortal.FunctionalTests;

public sealed class AccountTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Passphrase = "plum orchard under winter light";

    [Fact]
    public async Task Register_ThenConfirmFromTheEmail_ThenLogIn_SignsTheMemberIn()
    {
        var email = NewEmail();
        var client = PortalClient.Anonymous(factory);

        var registered = await RegisterAsync(client, email, Passphrase);
        var beforeConfirming = await PortalClient.LogInAsync(PortalClient.Anonymous(factory), email, Passphrase);
        var confirmed = await HtmlPage.GetAsync(client, factory.Mailbox.LinkIn(email, "ConfirmEmail").PathAndQuery);
        var home = await PortalClient.LogInAsync(client, email, Passphrase);

        Assert.Contains("check your e-mail", registered.MainText, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Confirm your e-mail first", beforeConfirming.MainText, StringComparison.Ordinal);
        Assert.Contains("Thank you for confirming your e-mail", confirmed.MainText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.NotNull(home.Document.QuerySelector("form#logout-form button"));
        Assert.Equal("ImgPortal: confirm your e-mail address", factory.Mailbox.MessagesTo(email).Single().Subject);
    }

    [Fact]
    public async Task Register_ConfirmationEmail_SaysEMailInThePortalsWordsWithOneLinkAsItsButton()
    {
        var email = NewEmail();

        await RegisterAsync(PortalClient.Anonymous(factory), email, Passphrase);

        var message = factory.Mailbox.MessagesTo(email).Single();
        var body = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(message.HtmlBody!);
        var text = HtmlPage.Fold(body.Body!.TextContent);
        var links = body.QuerySelectorAll("a").Where(a => a.GetAttribute("href")!.Contains("ConfirmEmail", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Equal("ImgPortal: confirm your e-mail address", message.Subject);
        Assert.Contains("confirm that this e-mail address is yours with the button below", text, StringComparison.Ordinal);
        Assert.DoesNotContain("clicking here", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" email", text, StringComparison.OrdinalIgnoreCase);
        // The button, and the same address to copy under it (wrapped on a phone): no third link in the text.
        Assert.Equal(2, links.Count);
        Assert.Equal("Confirm your e-mail address", links[0].TextContent.Trim());
        Assert.Equal(links[0].GetAttribute("href"), body.QuerySelector("p.raw-link a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("short", "at least")]
    [InlineData("password1", "too common")]
    [InlineData("iloveyou", "too common")]
    public async Task Register_WeakPassword_ReshowsTheFormWithAMessageAndCreatesNoAccount(string password, string message)
    {
        var email = NewEmail();
        var client = PortalClient.Anonymous(factory);

        var page = await RegisterAsync(client, email, password);

        Assert.Equal("Register", page.Heading);
        Assert.Contains(page.ValidationMessages, m => m.Contains(message, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(email, page.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Input.Email']")!.Value);
        Assert.Empty(factory.Mailbox.MessagesTo(email));
    }

    [Fact]
    public async Task Register_LongLowercasePassphraseWithoutDigitsOrSymbols_IsAccepted()
    {
        var email = NewEmail();
        var client = PortalClient.Anonymous(factory);

        var page = await RegisterAsync(client, email, "the river bends twice before the old mill and then runs quietly to the sea");

        Assert.Empty(page.ValidationMessages);
        Assert.Single(factory.Mailbox.MessagesTo(email));
    }

    [Fact]
    public async Task LogIn_WrongPasswordFiveTimes_LocksTheAccountEvenForTheRightPasswordWithTheSameMessage()
    {
        var email = NewEmail();
        await factory.CreateUserAsync(email);
        var client = PortalClient.Anonymous(factory);

        for (var attempt = 1; attempt < PortalIdentityOptions.MaxFailedAccessAttempts; attempt++)
        {
            var failed = await PortalClient.LogInAsync(client, email, "not the right passphrase");
            Assert.Contains("Invalid login attempt", failed.MainText, StringComparison.Ordinal);
        }

        var last = await PortalClient.LogInAsync(client, email, "not the right passphrase");
        var withRightPassword = await PortalClient.LogInAsync(client, email, PortalFactory.Password);

        Assert.Contains("Invalid login attempt", last.MainText, StringComparison.Ordinal);
        Assert.Contains("Invalid login attempt", withRightPassword.MainText, StringComparison.Ordinal);
        Assert.Null(withRightPassword.Document.QuerySelector("form#logout-form"));
    }

    [Fact]
    public async Task LogOut_ThenReplayTheOldCookie_IsRefused()
    {
        var email = NewEmail();
        await factory.CreateUserAsync(email);
        var client = PortalClient.Anonymous(factory, followRedirects: false);
        var login = await HtmlPage.GetAsync(client, "/Identity/Account/Login");
        var loggedIn = await login.SubmitAsync(client, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = PortalFactory.Password,
        }, "form#account");
        var authCookie = loggedIn.Response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ImgPortal.Auth=", StringComparison.Ordinal)).Split(';')[0];
        var replay = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        Assert.Equal(HttpStatusCode.OK, (await Replay(replay, authCookie)).StatusCode);

        var account = await HtmlPage.GetAsync(client, "/Identity/Account/Manage");
        await account.SubmitAsync(client, new Dictionary<string, string>(), "form#logout-form");
        var afterLogout = await Replay(replay, authCookie);

        Assert.Equal(HttpStatusCode.Redirect, afterLogout.StatusCode);
        Assert.Contains("/identity/account/login", afterLogout.Headers.Location?.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ForgotPassword_ThenResetFromTheEmail_LetsTheMemberLogInWithTheNewPassword()
    {
        var email = NewEmail();
        await factory.CreateUserAsync(email);
        var client = PortalClient.Anonymous(factory);

        var forgot = await HtmlPage.GetAsync(client, "/Identity/Account/ForgotPassword");
        await forgot.SubmitAsync(client, new Dictionary<string, string> { ["Input.Email"] = email }, "main form");
        await factory.Mailbox.WaitForAsync(email);
        var reset = await HtmlPage.GetAsync(client, factory.Mailbox.LinkIn(email, "ResetPassword").PathAndQuery);
        var done = await reset.SubmitAsync(client, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Passphrase,
            ["Input.ConfirmPassword"] = Passphrase,
        }, "main form");
        var home = await PortalClient.LogInAsync(client, email, Passphrase);

        Assert.Contains("Your password has been reset", done.MainText, StringComparison.Ordinal);
        Assert.NotNull(home.Document.QuerySelector("form#logout-form"));
    }

    [Fact]
    public async Task DownloadPersonalData_SignedIn_ReturnsTheMembersOwnDataAsJson()
    {
        var client = await PortalClient.AsRoleAsync(factory, "Member");

        var page = await HtmlPage.GetAsync(client, "/Identity/Account/Manage/PersonalData");
        var response = await client.PostAsync(
            "/Identity/Account/Manage/DownloadPersonalData",
            new FormUrlEncodedContent([new("__RequestVerificationToken", page.AntiforgeryToken)]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"Email\"", json, StringComparison.Ordinal);
        Assert.Contains("\"CreatedAtUtc\"", json, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> Replay(HttpClient client, string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/Identity/Account/Manage");
        request.Headers.Add("Cookie", cookie);
        return client.SendAsync(request);
    }

    private static async Task<HtmlPage> RegisterAsync(HttpClient client, string email, string password)
    {
        var form = await HtmlPage.GetAsync(client, "/Identity/Account/Register");
        return await form.SubmitAsync(client, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Ada Obi",
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        }, "form#registerForm");
    }

    private static string NewEmail() => $"member-{Guid.NewGuid():N}@test.example";
}
