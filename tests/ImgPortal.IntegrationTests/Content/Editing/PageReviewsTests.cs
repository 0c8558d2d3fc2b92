using ImgPortal.Core.Common;
using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;
using ImgPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.IntegrationTests.Content.Editing;

/// <summary>Reviews against sources and the review queue, apart from publishing (ADR 0029). On real SQLite, with a fake clock and a fake signed-in user.</summary>
public sealed class PageReviewsTests : StaffEditingTestBase
{
    [Fact]
    public async Task Publish_AfterAnEdit_LeavesTheReviewDateAndMarkReviewedMovesItWithTheSources()
    {
        await using var database = await CreateAsync();
        var id = await PageIdAsync(database, "echo");
        var reviewedBefore = (await WithEditing(database, pages => pages.Drafts.GetEditorAsync(id)))!.LastReviewedOn;
        _clock.Advance(TimeSpan.FromDays(40));

        await WithEditing(database, async pages =>
        {
            var editor = (await pages.Drafts.GetEditorAsync(id))!;
            var saved = await pages.Drafts.SaveDraftAsync(id, editor.Content with { Summary = "Edited, not reviewed" }, editor.VersionToken);
            return await pages.Publishing.PublishAsync(id, saved.Value!.VersionToken, "Clarified the summary");
        });
        var afterPublish = (await WithEditing(database, pages => pages.Drafts.GetEditorAsync(id)))!.LastReviewedOn;
        var reviewed = await WithEditing(database, pages => pages.Reviews.MarkReviewedAsync(id, new ReviewInput("ECFMG ECHO page, checked Mar 2026", "All current")));
        var history = (await WithEditing(database, pages => pages.History.GetHistoryAsync(id)))!;

        Assert.Equal(reviewedBefore, afterPublish);
        Assert.True(reviewed.Succeeded);
        Assert.Equal(DateOnly.FromDateTime(Start.UtcDateTime.AddDays(40)), (await WithEditing(database, pages => pages.Drafts.GetEditorAsync(id)))!.LastReviewedOn);
        var review = Assert.Single(history.Reviews);
        Assert.Equal("ECFMG ECHO page, checked Mar 2026", review.SourcesChecked);
        Assert.Equal("editor@test.example", review.ReviewedByName);
        Assert.Equal("Clarified the summary", history.Revisions[0].ChangeNote);
    }

    [Fact]
    public async Task MarkReviewed_NoSources_IsRefusedAndTheDateStays()
    {
        await using var database = await CreateAsync();
        var id = await PageIdAsync(database, "echo");
        _clock.Advance(TimeSpan.FromDays(10));

        var outcome = await WithEditing(database, pages => pages.Reviews.MarkReviewedAsync(id, new ReviewInput("  ", null)));

        Assert.Equal(OutcomeKind.Invalid, outcome.Kind);
        Assert.Equal("SourcesChecked", outcome.Errors[0].Field);
        Assert.NotEqual(DateOnly.FromDateTime(Start.UtcDateTime.AddDays(10)), (await WithEditing(database, pages => pages.Drafts.GetEditorAsync(id)))!.LastReviewedOn);
    }

    [Fact]
    public async Task ReviewQueue_AYearOnWithShorterIntervals_ListsOverdueAndDueSoonPagesSoonestFirstWithTheirOwner()
    {
        await using var database = await CreateAsync();
        var echo = await PageIdAsync(database, "echo");
        await database.WithAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            foreach (var page in await db.GuidancePages.ToListAsync())
            {
                page.LastReviewedOn = DateOnly.FromDateTime(Start.UtcDateTime);
                page.ReviewIntervalMonths = 24;
            }

            var owned = await db.GuidancePages.SingleAsync(p => p.Id == echo);
            owned.ReviewIntervalMonths = 6;
            owned.OwnerUserId = "staff-1";
            owned.OwnerName = "editor@test.example";
            (await db.GuidancePages.SingleAsync(p => p.Slug == "residency")).ReviewIntervalMonths = 12;
            return await db.SaveChangesAsync();
        });
        _clock.Advance(TimeSpan.FromDays(365));

        var queue = await WithEditing(database, pages => pages.Reviews.ReviewQueueAsync());
        var mine = await WithEditing(database, pages => pages.Reviews.ReviewQueueAsync(mineOnly: true));

        Assert.Equal(["echo", "residency"], queue.Select(r => r.Slug));
        Assert.Equal(ReviewStatus.Overdue, queue[0].Status);
        Assert.Equal("editor@test.example", queue[0].OwnerName);
        Assert.Equal(ReviewStatus.DueSoon, queue[1].Status);
        Assert.Equal(["echo"], mine.Select(r => r.Slug));
    }
}
