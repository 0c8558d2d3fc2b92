using ImgPortal.Infrastructure.Accounts;
using ImgPortal.TestSupport;
using ImgPortal.Web.Areas.Identity.Pages.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.FunctionalTests.Security;

public sealed class LockoutRaceTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task LogIn_TwentyParallelWrongPasswords_LocksTheAccountAndRefusesTheRightPassword()
    {
        var email = $"race-{Guid.NewGuid():N}@test.example";
        var userId = await factory.CreateUserAsync(email);
        var forms = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            var client = PortalClient.Anonymous(factory);
            return (client, page: await HtmlPage.GetAsync(client, "/Identity/Account/Login"));
        }));

        var results = await Task.WhenAll(forms.Select(f => f.page.SubmitAsync(f.client, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "a wrong passphrase guessed in parallel",
        }, "form#account")));
        var withRightPassword = await PortalClient.LogInAsync(PortalClient.Anonymous(factory), email, PortalFactory.Password);

        using var scope = factory.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByIdAsync(userId);
        Assert.All(results, page => Assert.Contains(LoginModel.FailedMessage, page.MainText, StringComparison.Ordinal));
        Assert.True(user!.LockoutEnd > DateTimeOffset.UtcNow, "The parallel burst must lock the account.");
        Assert.InRange(user.AccessFailedCount, 0, PortalIdentityOptions.MaxFailedAccessAttempts - 1);
        Assert.Null(withRightPassword.Document.QuerySelector("form#logout-form"));
        Assert.Contains(LoginModel.FailedMessage, withRightPassword.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccessFailed_CalledInParallelFromSeparateScopes_CountsEveryFailure()
    {
        var email = $"count-{Guid.NewGuid():N}@test.example";
        var userId = await factory.CreateUserAsync(email);
        const int Failures = PortalIdentityOptions.MaxFailedAccessAttempts - 1;

        await Task.WhenAll(Enumerable.Range(0, Failures).Select(async _ =>
        {
            using var scope = factory.Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = await users.FindByIdAsync(userId);
            await users.AccessFailedAsync(user!);
        }));

        using var check = factory.Services.CreateScope();
        var stored = await check.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByIdAsync(userId);
        Assert.Equal(Failures, stored!.AccessFailedCount);
        Assert.Null(stored.LockoutEnd);
    }
}
