using System.Net;
using ImgPortal.Core.Alerts;
using ImgPortal.Infrastructure.Data;
using ImgPortal.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.FunctionalTests.Visas;

/// <summary>The /visas page's "Updates to this guide" box, read from the public change log (ADR 0088), as a reader sees it.</summary>
public sealed class VisasRecentChangesTests
{
    [Fact]
    public async Task Get_Visas_NoChangePublished_SaysSoAndHowToFollowAndWhereAllChangesAre()
    {
        using var factory = new PortalFactory();

        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/visas");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var box = page.Document.QuerySelector("aside#recent-changes");
        Assert.NotNull(box);
        Assert.Equal("Updates to this guide", HtmlPage.Fold(box.QuerySelector("h2")!.TextContent));
        var empty = box.QuerySelector("#recent-changes-empty");
        Assert.NotNull(empty);
        Assert.Contains("No update to this guide has been published since it was written.", HtmlPage.Fold(empty.TextContent), StringComparison.Ordinal);
        var links = empty.QuerySelectorAll("a").Select(a => (HtmlPage.Fold(a.TextContent), a.GetAttribute("href"))).ToList();
        Assert.Equal([("follow visas", "/alerts"), ("recent changes", "/changes")], links);
        // The dated changes in the visa rules are part of the guide's own text, apart from its updates.
        Assert.DoesNotContain("Visa rules that changed", box.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Visas_ChangesPublished_ListsTheVisaOnesNewestFirstWithTheirDates()
    {
        using var factory = new PortalFactory();
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.ChangeLogEntries.AddRange(
                new ChangeNote(ChangeTopics.Visas, null, "Visas for residency: J-1 or H-1B", "The H-1B updated (12 words added, 3 words removed).", "/visas").ToEntry(new DateTime(2026, 12, 1, 15, 0, 0, DateTimeKind.Utc)),
                new ChangeNote(ChangeTopics.State30, null, "J-1 waivers", "Who qualifies updated (2 words added, 0 words removed).", "/j1-waiver").ToEntry(new DateTime(2026, 12, 3, 15, 0, 0, DateTimeKind.Utc)),
                new ChangeNote(ChangeTopics.Visas, null, "Visas for residency: J-1 or H-1B", "Waivers after training updated (5 words added, 1 word removed).", "/visas").ToEntry(new DateTime(2026, 12, 5, 15, 0, 0, DateTimeKind.Utc)));
            await db.SaveChangesAsync();
        }

        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/visas");

        var box = page.Document.QuerySelector("aside#recent-changes");
        Assert.NotNull(box);
        Assert.Null(box.QuerySelector("#recent-changes-empty"));
        var items = box.QuerySelectorAll("li").ToList();
        Assert.Equal(
            [
                "December 5, 2026: Waivers after training updated (5 words added, 1 word removed).",
                "December 1, 2026: The H-1B updated (12 words added, 3 words removed).",
            ],
            items.Select(li => HtmlPage.Fold(li.TextContent)));
        Assert.Equal(["2026-12-05", "2026-12-01"], items.Select(li => li.QuerySelector("time")!.GetAttribute("datetime")));
        var all = box.QuerySelector("a[href='/changes?topic=visas']");
        Assert.NotNull(all);
        Assert.Equal("All visas changes (2)", HtmlPage.Fold(all.TextContent));
    }
}
