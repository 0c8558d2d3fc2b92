using System.Net;
using ImgPortal.Infrastructure.Data;
using ImgPortal.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.FunctionalTests.Resilience;

/// <summary>Sign-in cookies are protected by keys kept in the database, so any instance on it accepts them.</summary>
public sealed class SharedSignInTests
{
    [Fact]
    public async Task Cookie_IssuedByOneInstance_IsAcceptedByASecondInstanceOnTheSameDatabase()
    {
        using var first = new PortalFactory();
        await first.CreateUserAsync("traveller@test.example");
        var cookies = new CookieContainerHandler();
        var firstClient = first.CreateDefaultClient(new RedirectHandler(), cookies);
        var landing = await PortalClient.LogInAsync(firstClient, "traveller@test.example", PortalFactory.Password);
        Assert.NotNull(landing.Document.QuerySelector("form#logout-form"));

        // A second process: its own host and key ring in memory, the same database file.
        using var second = new PortalFactory()
            .With("ConnectionStrings:ImgPortal", $"Data Source={first.DatabaseFile};Pooling=False");
        var secondClient = second.CreateDefaultClient(new CookieContainerHandler(cookies.Container));
        var roadmap = await secondClient.GetAsync("/roadmap");
        var home = await HtmlPage.GetAsync(secondClient, "/");

        Assert.Equal(HttpStatusCode.OK, roadmap.StatusCode);
        Assert.NotNull(home.Document.QuerySelector("form#logout-form"));
        await using var scope = second.Services.CreateAsyncScope();
        Assert.NotEmpty(await scope.ServiceProvider.GetRequiredService<AppDbContext>().DataProtectionKeys.ToListAsync());
    }
}
