using System.Collections.Concurrent;
using System.Net;
using ImgPortal.Core.Common;
using ImgPortal.TestSupport;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace ImgPortal.FunctionalTests.Security;

public sealed class SessionRevocationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string StaffExport = "/staff/members/export.csv";

    [Fact]
    public async Task RemoveStaffRole_TheStaffMembersOpenSession_IsRefusedAtItsNextRequest()
    {
        var (staff, staffId) = await LogInAsNewAsync(Roles.Staff);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(StaffExport)).StatusCode);
        var admin = await PortalClient.AsRoleAsync(factory, Roles.Admin);
        var detail = await HtmlPage.GetAsync(admin, $"/staff/users/{staffId}");

        await detail.SubmitAsync(admin, new Dictionary<string, string>(), "#remove-staff");
        var next = await staff.GetAsync(StaffExport);

        AssertSentToLogIn(next);
    }

    [Fact]
    public async Task LockAccount_TheMembersOpenSession_IsRefusedAtItsNextRequest()
    {
        var (staff, staffId) = await LogInAsNewAsync(Roles.Staff);
        var admin = await PortalClient.AsRoleAsync(factory, Roles.Admin);
        var detail = await HtmlPage.GetAsync(admin, $"/staff/users/{staffId}");

        await detail.SubmitAsync(admin, new Dictionary<string, string>(), "#lock-form");
        var next = await staff.GetAsync(StaffExport);

        AssertSentToLogIn(next);
    }

    [Fact]
    public async Task ChangePassword_TheOtherSessionOfTheAccount_IsRefusedButThisOneStays()
    {
        var email = $"two-devices-{Guid.NewGuid():N}@test.example";
        await factory.CreateUserAsync(email, Roles.Staff);
        var laptop = await LogInAsync(email);
        var phone = await LogInAsync(email);
        var form = await HtmlPage.GetAsync(laptop, "/Identity/Account/Manage/ChangePassword");

        await form.SubmitAsync(laptop, new Dictionary<string, string>
        {
            ["Input.OldPassword"] = PortalFactory.Password,
            ["Input.NewPassword"] = "a brand new passphrase for spring",
            ["Input.ConfirmPassword"] = "a brand new passphrase for spring",
        }, "form#change-password-form");
        var phoneNext = await phone.GetAsync(StaffExport);
        var laptopNext = await laptop.GetAsync(StaffExport);

        AssertSentToLogIn(phoneNext);
        Assert.Equal(HttpStatusCode.OK, laptopNext.StatusCode);
    }

    [Fact]
    public async Task LogOutEverywhere_EverySessionOfTheAccount_IsRefusedAtItsNextRequest()
    {
        var email = $"everywhere-{Guid.NewGuid():N}@test.example";
        await factory.CreateUserAsync(email, Roles.Staff);
        var laptop = await LogInAsync(email);
        var phone = await LogInAsync(email);
        var page = await HtmlPage.GetAsync(laptop, "/Identity/Account/Manage/LogOutEverywhere");

        await page.SubmitAsync(laptop, new Dictionary<string, string>(), "form#log-out-everywhere-form");

        AssertSentToLogIn(await phone.GetAsync(StaffExport));
        AssertSentToLogIn(await laptop.GetAsync(StaffExport));
    }

    [Fact]
    public async Task GrantStaffRole_TheMembersOpenSession_GetsTheStaffAreaAtItsNextRequest()
    {
        var (member, memberId) = await LogInAsNewAsync(Roles.Member);
        var before = await member.GetAsync(StaffExport);
        Assert.Contains("/identity/account/accessdenied", before.Headers.Location?.ToString(), StringComparison.OrdinalIgnoreCase);
        var admin = await PortalClient.AsRoleAsync(factory, Roles.Admin);
        var detail = await HtmlPage.GetAsync(admin, $"/staff/users/{memberId}");

        await detail.SubmitAsync(admin, new Dictionary<string, string>(), "#grant-staff");
        var next = await member.GetAsync(StaffExport);

        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task EveryRequest_Anonymous_CostsNoQueryAndSignedInCostsOne()
    {
        var sink = new CommandSink();
        using var measured = new PortalFactory()
            .With("Publishing:Enabled", "false")
            .With("Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore.Database.Command", "Information");
        using var app = measured.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILogEventSink>(sink)));
        var email = $"measured-{Guid.NewGuid():N}@test.example";
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ImgPortal.Infrastructure.Accounts.ApplicationUser>>();
            await users.CreateAsync(new() { UserName = email, Email = email, EmailConfirmed = true }, PortalFactory.Password);
        }

        var anonymous = app.CreateClient();
        await anonymous.GetAsync("/Identity/Account/Login");
        var signedIn = app.CreateClient();
        await PortalClient.LogInAsync(signedIn, email, PortalFactory.Password);
        await signedIn.GetAsync("/Identity/Account/Login");

        sink.Clear();
        var anonymousPage = await anonymous.GetAsync("/Identity/Account/Login");
        var anonymousQueries = sink.Count;
        sink.Clear();
        var signedInPage = await signedIn.GetAsync("/Identity/Account/Login");
        var signedInQueries = sink.Count;

        Assert.Equal(HttpStatusCode.OK, anonymousPage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedInPage.StatusCode);
        Assert.Equal(0, anonymousQueries);
        Assert.Equal(1, signedInQueries);
    }

    private static void AssertSentToLogIn(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/identity/account/login", response.Headers.Location?.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    private async Task<(HttpClient Client, string Id)> LogInAsNewAsync(string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.example";
        var id = await factory.CreateUserAsync(email, role);
        return (await LogInAsync(email), id);
    }

    private async Task<HttpClient> LogInAsync(string email)
    {
        var client = PortalClient.Anonymous(factory, followRedirects: false);
        var login = await HtmlPage.GetAsync(client, "/Identity/Account/Login");
        var response = await login.SubmitAsync(client, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = PortalFactory.Password,
        }, "form#account");
        Assert.Equal(HttpStatusCode.Redirect, response.Status);
        return client;
    }

    private sealed class CommandSink : ILogEventSink
    {
        private readonly ConcurrentQueue<LogEvent> _events = new();

        public int Count => _events.Count(e => e.MessageTemplate.Text.StartsWith("Executed DbCommand", StringComparison.Ordinal));

        public void Clear() => _events.Clear();

        public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);
    }
}
