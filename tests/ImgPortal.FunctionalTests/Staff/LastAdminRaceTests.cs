using System.Data.Common;
using ImgPortal.Core.Common;
using ImgPortal.Infrastructure.Accounts;
using ImgPortal.Infrastructure.Data.Sqlite;
using ImgPortal.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.FunctionalTests.Staff;

/// <summary>
/// Two admins removing each other's Admin role at the same moment: the last-admin guard holds (ADR 0066). The two
/// requests are held in step at every read of the role table, so without the guard's lock both would read "there is
/// another admin" before either writes.
/// </summary>
public sealed class LastAdminRaceTests : IDisposable
{
    private readonly PortalFactory _factory = new();
    private readonly LockstepReads _lockstep = new();
    private readonly WebApplicationFactory<Program> _app;

    public LastAdminRaceTests()
    {
        _app = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<SqliteAppDbContext>((_, options) => options.AddInterceptors(_lockstep))));
    }

    [Fact]
    public async Task RemoveAdmin_TwoAdminsRemovingEachOtherAtOnce_LeavesOneAdmin()
    {
        var (first, firstId) = await AdminAsync();
        var (second, secondId) = await AdminAsync();
        var seeded = await DetailAsync(first, await UserIdAsync(PortalFactory.AdminEmail));
        await seeded.SubmitAsync(first, new Dictionary<string, string>(), "#remove-admin");
        var firstRemovesSecond = await DetailAsync(first, secondId);
        var secondRemovesFirst = await DetailAsync(second, firstId);

        _lockstep.Armed = true;
        var results = await Task.WhenAll(
            firstRemovesSecond.SubmitAsync(first, new Dictionary<string, string>(), "#remove-admin"),
            secondRemovesFirst.SubmitAsync(second, new Dictionary<string, string>(), "#remove-admin"));
        _lockstep.Armed = false;

        using var scope = _app.Services.CreateScope();
        var admins = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().GetUsersInRoleAsync(Roles.Admin);
        Assert.Single(admins);

        // The other is refused: told this is the last admin, or sent to log in because losing the role ended their session.
        Assert.Single(results, page => page.MainText.StartsWith("Admin removed.", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _app.Dispose();
        _factory.Dispose();
    }

    private async Task<(HttpClient Client, string Id)> AdminAsync()
    {
        var email = $"admin-{Guid.NewGuid():N}@test.example";
        var id = await _factory.CreateUserAsync(email, Roles.Admin);
        var client = _app.CreateClient();
        await PortalClient.LogInAsync(client, email, PortalFactory.Password);
        return (client, id);
    }

    private async Task<string> UserIdAsync(string email)
    {
        using var scope = _app.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email))!.Id;
    }

    private static Task<HtmlPage> DetailAsync(HttpClient admin, string userId) => HtmlPage.GetAsync(admin, $"/staff/users/{userId}");

    /// <summary>While armed, holds each read of the user-role table until the other request reads it too (or a second passes).</summary>
    private sealed class LockstepReads : DbCommandInterceptor
    {
        private readonly Barrier _barrier = new(2);
        private volatile bool _armed;

        public bool Armed
        {
            get => _armed;
            set => _armed = value;
        }

        public override ValueTask<DbDataReader> ReaderExecutedAsync(
            DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            if (Armed && command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
                && command.CommandText.Contains("AspNetUserRoles", StringComparison.Ordinal))
            {
                // Waiting is what makes the race happen every run; the timeout only lets a request on, never decides the outcome.
                _barrier.SignalAndWait(TimeSpan.FromSeconds(1), cancellationToken);
            }

            return ValueTask.FromResult(result);
        }
    }
}
