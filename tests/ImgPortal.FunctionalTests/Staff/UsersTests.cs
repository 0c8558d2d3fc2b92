using ImgPortal.Core.Common;
using ImgPortal.TestSupport;

namespace ImgPortal.FunctionalTests.Staff;

public sealed class UsersTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Grant_StaffToAMember_GivesThemTheStaffAreaAndIsAudited()
    {
        var admin = await PortalClient.AsRoleAsync(factory, Roles.Admin);
        var email = $"future-staff-{Guid.NewGuid():N}@test.example";
        var id = await factory.CreateUserAsync(email, Roles.Member);
        var found = await HtmlPage.GetAsync(admin, "/staff/users?email=" + Uri.EscapeDataString(email));
        Assert.Equal($"/staff/users/{id}", found.Document.QuerySelector("#users a")?.GetAttribute("href"));
        var detail = await HtmlPage.GetAsync(admin, $"/staff/users/{id}");

        var granted = await detail.SubmitAsync(admin, new Dictionary<string, string>(), "#grant-staff");

        Assert.Contains("Staff granted.", granted.MainText, StringComparison.Ordinal);
        Assert.NotNull(granted.Document.QuerySelector("#remove-staff"));
        var member = PortalClient.Anonymous(factory);
        await PortalClient.LogInAsync(member, email, PortalFactory.Password);
        var staffHome = await HtmlPage.GetAsync(member, "/staff");
        Assert.NotNull(staffHome.Document.QuerySelector("nav[aria-label=Staff]"));
        var audit = await HtmlPage.GetAsync(admin, "/staff/audit?type=IdentityUserRole");
        Assert.Contains(audit.Document.QuerySelectorAll("#audit-entries li.audit-entry"), r => r.TextContent.Contains(email, StringComparison.Ordinal));
        Assert.DoesNotContain(id, audit.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lock_AMember_StopsThemLoggingInUntilUnlocked()
    {
        var admin = await PortalClient.AsRoleAsync(factory, Roles.Admin);
        var email = $"to-lock-{Guid.NewGuid():N}@test.example";
        var id = await factory.CreateUserAsync(email, Roles.Member);
        var detail = await HtmlPage.GetAsync(admin, $"/staff/users/{id}");

        var locked = await detail.SubmitAsync(admin, new Dictionary<string, string>(), "#lock-form");
        var refused = PortalClient.Anonymous(factory);
        await PortalClient.LogInAsync(refused, email, PortalFactory.Password);
        var unlocked = await locked.SubmitAsync(admin, new Dictionary<string, string>(), "#lock-form");
        var allowed = PortalClient.Anonymous(factory);
        await PortalClient.LogInAsync(allowed, email, PortalFactory.Password);

        Assert.Contains("Account locked", locked.MainText, StringComparison.Ordinal);
        Assert.Null((await HtmlPage.GetAsync(refused, "/")).Document.QuerySelector("form#logout-form"));
        Assert.Contains("Account unlocked", unlocked.MainText, StringComparison.Ordinal);
        Assert.NotNull((await HtmlPage.GetAsync(allowed, "/")).Document.QuerySelector("form#logout-form"));
    }
}

/// <summary>On its own portal, where the seeded administrator is the only admin.</summary>
public sealed class LastAdminTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task RemoveAdminAndLock_TheLastAdmin_AreRefusedWithAClearMessage()
    {
        var admin = PortalClient.Anonymous(factory);
        await PortalClient.LogInAsync(admin, PortalFactory.AdminEmail, PortalFactory.Password);
        var list = await HtmlPage.GetAsync(admin, "/staff/users?email=" + Uri.EscapeDataString(PortalFactory.AdminEmail));
        var detail = await HtmlPage.GetAsync(admin, list.Document.QuerySelector("#users a")!.GetAttribute("href")!);

        var removed = await detail.SubmitAsync(admin, new Dictionary<string, string>(), "#remove-admin");
        var locked = await removed.SubmitAsync(admin, new Dictionary<string, string>(), "#lock-form");

        foreach (var page in new[] { removed, locked })
        {
            Assert.Contains("This is the last admin", page.Document.QuerySelector("#account-error")?.TextContent, StringComparison.Ordinal);
            Assert.NotNull(page.Document.QuerySelector("#remove-admin"));
        }

        Assert.Contains("Account: active", locked.MainText, StringComparison.Ordinal);
    }
}
