using System.Net;
using System.Text.Json;
using ImgPortal.Core.Common;
using ImgPortal.Core.SourceWatch;
using ImgPortal.Infrastructure.Data;
using ImgPortal.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.FunctionalTests.SourceWatch;

/// <summary>The staff pages of the source watch: the list, a source's history, a task with its diff and citing items, resolving it.</summary>
public sealed class SourceWatchPagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Sources_TrackedSource_IsListedWithItsHistoryAndCitingItems()
    {
        var (sourceId, _, url) = await AddChangedSourceAsync();
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var list = await HtmlPage.GetAsync(staff, "/staff/sources");
        var show = await HtmlPage.GetAsync(staff, $"/staff/sources/{sourceId}");

        Assert.Contains(list.Document.QuerySelectorAll("#sources .source-row a"), a => a.TextContent == url);
        Assert.Equal(url, show.Document.QuerySelector("#source-url")?.TextContent);
        Assert.Contains(show.Document.QuerySelectorAll("#citations a"), a => a.GetAttribute("href") == "/staff/state-pathways/1");
        Assert.Contains("Text changed", show.Document.QuerySelector("#checks")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Task_TextChanged_ShowsTheWordDiffAndLinksToEditEachCitingItem()
    {
        var (_, taskId, _) = await AddChangedSourceAsync();
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var page = await HtmlPage.GetAsync(staff, $"/staff/sources/tasks/{taskId}");

        Assert.Equal("three", page.Document.QuerySelector("#source-diff del")?.TextContent.Replace("[removed: ", "", StringComparison.Ordinal).TrimEnd(']').Trim());
        Assert.Equal("two", page.Document.QuerySelector("#source-diff ins")?.TextContent.Replace("[added: ", "", StringComparison.Ordinal).TrimEnd(']').Trim());
        Assert.Equal(
            ["/staff/pages/1", "/staff/state-pathways/1"],
            page.Document.QuerySelectorAll("#citing-items a").Select(a => a.GetAttribute("href")).Order());
    }

    [Fact]
    public async Task StaffHomeAndReviewQueue_ShowOpenSourceTasks()
    {
        await AddChangedSourceAsync();
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var home = await HtmlPage.GetAsync(staff, "/staff");
        var queue = await HtmlPage.GetAsync(staff, "/staff/pages/reviews");

        foreach (var page in new[] { home, queue })
        {
            Assert.Equal("/staff/sources/tasks", page.Document.QuerySelector("#source-tasks a")?.GetAttribute("href"));
            Assert.True(int.Parse(page.Document.QuerySelector("#source-tasks .source-task-count")!.TextContent, System.Globalization.CultureInfo.InvariantCulture) >= 1);
        }
    }

    [Fact]
    public async Task Resolve_WithoutANote_IsRefusedWithTheFormShownAgain()
    {
        var (_, taskId, _) = await AddChangedSourceAsync();
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var page = await HtmlPage.GetAsync(staff, $"/staff/sources/tasks/{taskId}");

        var again = await page.SubmitAsync(staff, new Dictionary<string, string> { ["Input.Resolution"] = "NoChangeNeeded", ["Input.Note"] = "" }, "#resolve-form");

        Assert.Equal(HttpStatusCode.BadRequest, again.Response.StatusCode);
        Assert.Contains("Say what you checked and, if you changed anything, what.", again.ValidationMessages);
        Assert.Null(await ResolvedAtAsync(taskId));
    }

    [Fact]
    public async Task Resolve_WithANote_ClosesTheTaskAndGoesBackToTheList()
    {
        var (_, taskId, _) = await AddChangedSourceAsync();
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var page = await HtmlPage.GetAsync(staff, $"/staff/sources/tasks/{taskId}");

        var after = await page.SubmitAsync(staff, new Dictionary<string, string> { ["Input.Resolution"] = "ContentUpdated", ["Input.Note"] = "Pathway updated to two years." }, "#resolve-form");

        Assert.Contains("Resolved", after.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(await ResolvedAtAsync(taskId));
        Assert.DoesNotContain(after.Document.QuerySelectorAll(".source-task a"), a => a.GetAttribute("href") == $"/staff/sources/tasks/{taskId}");
    }

    [Fact]
    public async Task Health_ForStaff_ShowsTheSourceWatchCheck()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        using var document = JsonDocument.Parse(await staff.GetStringAsync("/health"));

        Assert.True(document.RootElement.GetProperty("checks").TryGetProperty("source-watch", out var check));
        Assert.Equal("Healthy", check.GetProperty("status").GetString());
    }

    private async Task<(int SourceId, int TaskId, string Url)> AddChangedSourceAsync()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var url = $"https://board.example.gov/law-{Guid.NewGuid():N}";
        var citations = new List<Citation>
        {
            new(url, "state-pathway", "1", "Tennessee pathway", "/staff/state-pathways/1"),
            new(url, "page-section", "1", "Residency: Step 1", "/staff/pages/1"),
        };
        var source = new TrackedSource
        {
            Url = url,
            Host = "board.example.gov",
            FirstSeenAtUtc = DateTime.UtcNow,
            LastCheckedAtUtc = DateTime.UtcNow,
            Status = SourceStatus.Changed,
            LastHttpStatus = 200,
            Text = "Applicants need two years",
            TextHash = "x",
            Citations = [.. citations.Select(c => new SourceCitation { ItemKind = c.ItemKind, ItemKey = c.ItemKey, ItemTitle = c.ItemTitle, EditPath = c.EditPath })],
        };
        db.Add(source);
        await db.SaveChangesAsync();
        db.Add(new SourceCheck { TrackedSourceId = source.Id, CheckedAtUtc = DateTime.UtcNow, Status = SourceStatus.Changed, HttpStatus = 200, Detail = "Text changed: 40.0% of the words" });
        var task = new SourceReviewTask
        {
            TrackedSourceId = source.Id,
            Kind = SourceEventKind.TextChanged,
            OpenedAtUtc = DateTime.UtcNow,
            Detail = "Text changed: 40.0% of the words",
            TextBefore = "Applicants need three years",
            TextAfter = "Applicants need two years",
            CitationsJson = JsonSerializer.Serialize(citations),
        };
        db.Add(task);
        await db.SaveChangesAsync();
        return (source.Id, task.Id, url);
    }

    private async Task<DateTime?> ResolvedAtAsync(int taskId)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<SourceReviewTask>().AsNoTracking()
            .Where(t => t.Id == taskId).Select(t => t.ResolvedAtUtc).SingleAsync();
    }
}
