using ImgPortal.Core.Content.Editing;
using ImgPortal.Infrastructure.Data;
using ImgPortal.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.FunctionalTests.Resilience;

public sealed class ScheduledPublishingOutageTests
{
    [Fact]
    public async Task ScheduledDraft_DueWhileTheDatabaseIsMissing_IsPublishedOnceItReturns()
    {
        using var factory = new PortalFactory().With("Publishing:Interval", "00:00:01");
        var client = PortalClient.Anonymous(factory);
        var mover = new SqliteFileMover(factory.DatabaseFile);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var page = await db.GuidancePages.SingleAsync(p => p.Slug == "echo");
            db.PageDrafts.Add(new PageDraft
            {
                GuidancePageId = page.Id,
                Title = "ECHO after the outage",
                Summary = page.Summary,
                BodyMarkdown = page.BodyMarkdown,
                ScheduledPublishAtUtc = DateTime.UtcNow.AddSeconds(2),
                UpdatedByName = "Test",
                UpdatedAtUtc = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        mover.MoveAway();
        await Task.Delay(TimeSpan.FromSeconds(4));
        var stillMissing = !File.Exists(factory.DatabaseFile);
        mover.MoveBack();
        var heading = string.Empty;
        for (var attempt = 0; attempt < 40 && heading != "ECHO after the outage"; attempt++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250));
            heading = (await HtmlPage.GetAsync(client, "/echo")).Heading;
        }

        Assert.True(stillMissing, "The publishing job created a new database while the file was away.");
        Assert.Equal("ECHO after the outage", heading);
    }
}
