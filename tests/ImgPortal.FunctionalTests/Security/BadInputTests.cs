using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using ImgPortal.Core.Common;
using ImgPortal.TestSupport;

namespace ImgPortal.FunctionalTests.Security;

/// <summary>Requests an attacker sends at will: each gets a friendly page or a redirect, never a 500.</summary>
public sealed class BadInputTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/Identity/Account/ResetPassword?code=not*base64!")]
    [InlineData("/Identity/Account/ResetPassword")]
    [InlineData("/Identity/Account/ConfirmEmail")]
    [InlineData("/Identity/Account/ConfirmEmail?userId=nobody&code=%%%")]
    [InlineData("/Identity/Account/ConfirmEmailChange")]
    [InlineData("/Identity/Account/RegisterConfirmation")]
    [InlineData("/error")]
    [InlineData("/error/999")]
    public async Task Get_MissingOrMalformedParameters_ShowsAFriendlyPageNot500(string url)
    {
        var client = PortalClient.Anonymous(factory);

        var page = await HtmlPage.GetAsync(client, url);

        Assert.True((int)page.Status < 500, $"{url} answered {(int)page.Status}");
        Assert.NotEmpty(page.Heading);
        Assert.NotNull(page.Document.QuerySelector("footer"));
    }

    [Theory]
    [InlineData("/Identity/Account/LoginWith2fa")]
    [InlineData("/Identity/Account/LoginWithRecoveryCode")]
    public async Task TwoFactorPages_WithoutAHalfFinishedLogIn_SendTheVisitorToLogIn(string url)
    {
        var client = PortalClient.Anonymous(factory);

        var page = await HtmlPage.GetAsync(client, url);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Log in", page.Heading);
    }

    [Theory]
    [InlineData("/Identity/Account/Manage/Disable2fa", "already off")]
    [InlineData("/Identity/Account/Manage/GenerateRecoveryCodes", "Set up an authenticator app")]
    public async Task TwoFactorManagePages_WithTwoFactorOff_ExplainInsteadOfFailing(string url, string text)
    {
        var client = await PortalClient.AsRoleAsync(factory, Roles.Member);

        var page = await HtmlPage.GetAsync(client, url);
        var posted = await client.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", page.AntiforgeryToken)]));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(text, page.MainText, StringComparison.Ordinal);
        Assert.True((int)posted.StatusCode < 500);
    }

    [Theory]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example")]
    [InlineData("/\\evil.example")]
    public async Task LogIn_WithAnOffSiteReturnUrl_IgnoresIt(string returnUrl)
    {
        var email = $"return-{Guid.NewGuid():N}@test.example";
        await factory.CreateUserAsync(email);
        var client = PortalClient.Anonymous(factory, followRedirects: false);
        var form = await HtmlPage.GetAsync(client, "/Identity/Account/Login?ReturnUrl=" + Uri.EscapeDataString(returnUrl));

        var first = await form.SubmitAsync(client, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = PortalFactory.Password }, "form#account");
        var logout = await client.PostAsync(
            "/Identity/Account/Logout?returnUrl=" + Uri.EscapeDataString(returnUrl),
            new FormUrlEncodedContent([new("__RequestVerificationToken", (await HtmlPage.GetAsync(client, "/roadmap")).Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("form#logout-form input[name=__RequestVerificationToken]")!.Value)]));
        var again = await HtmlPage.GetAsync(client, "/Identity/Account/Login?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        var second = await again.SubmitAsync(client, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = PortalFactory.Password }, "form#account");

        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Equal("/profile", first.Response.Headers.Location?.ToString());
        Assert.Equal("/", logout.Headers.Location?.ToString());
        Assert.Equal("/profile", second.Response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Post_BodyLargerThanTheLimit_Gets413WithTheFriendlyPage()
    {
        var client = PortalClient.Anonymous(factory);
        var content = new ByteArrayContent(new byte[50 * 1024 * 1024]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");

        var page = await HtmlPage.ParseAsync(await client.PostAsync("/Identity/Account/Login", content));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page.Status);
        Assert.Contains("too large", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_AFiveMegabyteValue_Gets400WithTheFriendlyPage()
    {
        var client = PortalClient.Anonymous(factory);
        var body = "Input.Email=" + new string('a', 5 * 1024 * 1024);

        var page = await HtmlPage.ParseAsync(await client.PostAsync("/Identity/Account/Login", new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded")));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("We could not complete that request", page.Heading);
    }

    [Fact]
    public async Task Post_FiveThousandFields_Gets400WithTheFriendlyPage()
    {
        var client = PortalClient.Anonymous(factory);
        var body = string.Join('&', Enumerable.Range(0, 5000).Select(i => $"f{i}=x"));

        var page = await HtmlPage.ParseAsync(await client.PostAsync("/Identity/Account/Register", new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded")));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("We could not complete that request", page.Heading);
    }

    [Fact]
    public async Task Post_MultipartWithoutABoundary_Gets400WithTheFriendlyPage()
    {
        var client = PortalClient.Anonymous(factory);
        var content = new StringContent("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--\r\n");
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");

        var page = await HtmlPage.ParseAsync(await client.PostAsync("/Identity/Account/Login", content));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("We could not complete that request", page.Heading);
    }
}
