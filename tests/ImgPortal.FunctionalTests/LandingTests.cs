using System.Net;
using ImgPortal.Core.Common;
using ImgPortal.TestSupport;

namespace ImgPortal.FunctionalTests;

/// <summary>
/// Each person lands where their work is after logging in, a promised return survives registration, e-mail
/// confirmation and log-in, and the menus show each person their own tools.
/// </summary>
public sealed class LandingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData(Roles.Staff, "/staff")]
    [InlineData(Roles.Admin, "/staff")]
    [InlineData(Roles.Mentor, "/mentoring/dashboard")]
    [InlineData(Roles.Member, "/profile")]
    public async Task LogIn_WithoutAReturnUrl_LandsWhereThePersonsWorkIs(string role, string landing)
    {
        var email = $"land-{Guid.NewGuid():N}@test.example";
        await factory.CreateUserAsync(email, role);

        var response = await LogInAsync(PortalClient.Anonymous(factory, followRedirects: false), email, returnUrl: null);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(landing, response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task LogIn_MemberWhoseProfileIsSaved_LandsOnTheRoadmap()
    {
        var email = $"land-{Guid.NewGuid():N}@test.example";
        await factory.CreateUserAsync(email, Roles.Member);
        var client = PortalClient.Anonymous(factory);
        await PortalClient.LogInAsync(client, email, PortalFactory.Password);
        var profile = await HtmlPage.GetAsync(client, "/profile");
        await profile.SubmitAsync(client, ProfileTestData.ValidForm(), "#profile-form");

        var again = await LogInAsync(PortalClient.Anonymous(factory, followRedirects: false), email, returnUrl: null);

        Assert.Equal("/roadmap", again.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Profile_WhileEmpty_WelcomesAndSaysWhyAndOnceSavedDoesNot()
    {
        var email = $"welcome-{Guid.NewGuid():N}@test.example";
        await factory.CreateUserAsync(email, Roles.Member);
        var client = PortalClient.Anonymous(factory);

        var landing = await PortalClient.LogInAsync(client, email, PortalFactory.Password);
        await landing.SubmitAsync(client, ProfileTestData.ValidForm(), "#profile-form");
        var later = await HtmlPage.GetAsync(client, "/profile");

        Assert.Equal("Your profile", landing.Heading);
        Assert.Contains("Welcome to ImgPortal. Start here: your answers build your roadmap", landing.MainText, StringComparison.Ordinal);
        Assert.Null(later.Document.QuerySelector("main .welcome"));
    }

    [Fact]
    public async Task Volunteering_RegisterConfirmAndLogIn_EndsOnTheVolunteerForm()
    {
        var email = $"volunteer-{Guid.NewGuid():N}@test.example";
        var client = PortalClient.Anonymous(factory);
        var login = await HtmlPage.GetAsync(client, "/Identity/Account/Login?ReturnUrl=%2Fmentoring%2Fvolunteer");
        var registerLink = login.Document.QuerySelectorAll("main a").Single(a => a.TextContent == "Create a free account").GetAttribute("href")!;

        var register = await HtmlPage.GetAsync(client, registerLink);
        await register.SubmitAsync(client, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Dr. Amara Okafor",
            ["Input.Email"] = email,
            ["Input.Password"] = PortalFactory.Password,
            ["Input.ConfirmPassword"] = PortalFactory.Password,
        }, "form#registerForm");
        await factory.Mailbox.WaitForAsync(email);
        var confirmed = await HtmlPage.GetAsync(client, factory.Mailbox.LinkIn(email, "ConfirmEmail").PathAndQuery);
        var logInLink = confirmed.Document.QuerySelector("main a.btn-primary")!.GetAttribute("href")!;
        var logInForm = await HtmlPage.GetAsync(client, logInLink);
        var landed = await logInForm.SubmitAsync(client, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = PortalFactory.Password,
        }, "form#account");

        Assert.Contains("Thank you for offering to mentor", register.MainText, StringComparison.Ordinal);
        Assert.Equal("E-mail confirmed", confirmed.Heading);
        Assert.Contains("takes you back to where you were going", confirmed.MainText, StringComparison.Ordinal);
        Assert.Equal("/mentoring/volunteer", landed.Response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task Register_WithoutAReturn_SpeaksToMentorsToo()
    {
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/Identity/Account/Register");

        var link = page.Document.QuerySelector("main a[href*='returnUrl=%2Fmentoring%2Fvolunteer']");
        Assert.NotNull(link);
        Assert.Equal("register to volunteer as a mentor", link!.TextContent);
    }

    [Theory]
    [InlineData(Roles.Member, new[] { "Your roadmap", "Your profile", "Your alerts", "Your mentoring", "Your account" })]
    [InlineData(Roles.Mentor, new[] { "Your mentoring", "Your account" })]
    [InlineData(Roles.Admin, new[] { "Staff home", "Guidance pages", "Your account" })]
    [InlineData(Roles.Staff, new[] { "Staff home", "Guidance pages", "Your account" })]
    public async Task Menu_EachRole_ShowsThatPersonsOwnTools(string role, string[] links)
    {
        var client = await PortalClient.AsRoleAsync(factory, role);

        var page = await HtmlPage.GetAsync(client, "/");

        var account = page.Document.QuerySelectorAll("header .navbar-nav a.nav-link").Select(a => a.TextContent.Trim())
            .Where(t => t.StartsWith("Your", StringComparison.Ordinal) || t is "Staff home" or "Guidance pages");
        Assert.Equal(links, account);
    }

    private static async Task<HttpResponseMessage> LogInAsync(HttpClient client, string email, string? returnUrl)
    {
        var form = await HtmlPage.GetAsync(client, "/Identity/Account/Login" + (returnUrl is null ? string.Empty : "?ReturnUrl=" + Uri.EscapeDataString(returnUrl)));
        var result = await form.SubmitAsync(client, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = PortalFactory.Password,
        }, "form#account");
        return result.Response;
    }
}
