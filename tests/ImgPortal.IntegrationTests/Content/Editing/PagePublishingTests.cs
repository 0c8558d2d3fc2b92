using ImgPortal.Core.Common;
using ImgPortal.Core.Content.Editing;

namespace ImgPortal.IntegrationTests.Content.Editing;

/// <summary>Publishing a draft now, on a schedule and by the background run, with and without a second approver. On real SQLite, with a fake clock and a fake signed-in user.</summary>
public sealed class PagePublishingTests : StaffEditingTestBase
{
    /// <remarks>The draft is scheduled at 6:00 AM New York time (EST, UTC−5): two hours after <see cref="Start"/>.</remarks>
    [Fact]
    public async Task PublishDue_ScheduledDraft_PublishesOnlyOnceItsTimeHasCome()
    {
        await using var database = await CreateAsync();
        var id = await PageIdAsync(database, "echo");
        await WithEditing(database, async pages =>
        {
            var editor = (await pages.Drafts.GetEditorAsync(id))!;
            await pages.Drafts.SaveDraftAsync(id, editor.Content with { Title = "Scheduled title" }, editor.VersionToken);
            var draft = (await pages.Drafts.GetEditorAsync(id))!;
            return await pages.Publishing.ScheduleAsync(id, new DateTime(2026, 3, 1, 6, 0, 0), "Scheduled note", draft.VersionToken);
        });

        _clock.Advance(TimeSpan.FromHours(1));
        var early = await WithEditing(database, pages => pages.Publishing.PublishDueAsync());
        var stillLive = await TitleAsync(database, "echo");
        _clock.Advance(TimeSpan.FromHours(1));
        var due = await WithEditing(database, pages => pages.Publishing.PublishDueAsync());

        Assert.Equal(0, early);
        Assert.NotEqual("Scheduled title", stillLive);
        Assert.Equal(1, due);
        Assert.Equal("Scheduled title", await TitleAsync(database, "echo"));
        var history = await WithEditing(database, pages => pages.History.GetHistoryAsync(id));
        Assert.Equal("editor@test.example (scheduled)", history!.Revisions[0].PublishedByName);
        Assert.Equal(Start.UtcDateTime.AddHours(2), history.Revisions[0].PublishedAtUtc);
        Assert.Equal("Scheduled note", history.Revisions[0].ChangeNote);
        Assert.False((await WithEditing(database, pages => pages.Drafts.GetEditorAsync(id)))!.HasDraft);
    }

    [Fact]
    public async Task Publish_ApprovalRequired_TheAuthorIsRefusedAndASecondStaffMemberPublishes()
    {
        await using var database = await CreateAsync(new Dictionary<string, string?> { ["Publishing:RequireApproval"] = "true" });
        var id = await PageIdAsync(database, "echo");
        var draft = await WithEditing(database, async pages =>
        {
            var editor = (await pages.Drafts.GetEditorAsync(id))!;
            return (await pages.Drafts.SaveDraftAsync(id, editor.Content with { Title = "Approved title" }, editor.VersionToken)).Value!;
        });

        var byAuthor = await WithEditing(database, pages => pages.Publishing.PublishAsync(id, draft.VersionToken, null));
        var scheduledByAuthor = await WithEditing(database, pages => pages.Publishing.ScheduleAsync(id, new DateTime(2026, 3, 2, 9, 0, 0), null, draft.VersionToken));
        _user.SetupGet(u => u.UserId).Returns("staff-2");
        _user.SetupGet(u => u.Name).Returns("colleague@test.example");
        var seenByColleague = (await WithEditing(database, pages => pages.Drafts.GetEditorAsync(id)))!;
        var byColleague = await WithEditing(database, pages => pages.Publishing.PublishAsync(id, draft.VersionToken, "Approved"));

        Assert.True(draft.NeedsAnotherApprover);
        Assert.Equal(OutcomeKind.Invalid, byAuthor.Kind);
        Assert.Equal(PagePublishing.ApprovalMessage, byAuthor.Message);
        Assert.Equal(OutcomeKind.Invalid, scheduledByAuthor.Kind);
        Assert.False(seenByColleague.NeedsAnotherApprover);
        Assert.True(byColleague.Succeeded);
        Assert.Equal("Approved title", await TitleAsync(database, "echo"));
        Assert.Equal("colleague@test.example", (await WithEditing(database, pages => pages.History.GetHistoryAsync(id)))!.Revisions[0].PublishedByName);
    }

    [Fact]
    public async Task Publish_ApprovalNotRequired_TheAuthorPublishes()
    {
        await using var database = await CreateAsync();
        var id = await PageIdAsync(database, "echo");

        var published = await WithEditing(database, async pages =>
        {
            var editor = (await pages.Drafts.GetEditorAsync(id))!;
            var saved = await pages.Drafts.SaveDraftAsync(id, editor.Content with { Title = "Own title" }, editor.VersionToken);
            return await pages.Publishing.PublishAsync(id, saved.Value!.VersionToken, null);
        });

        Assert.True(published.Succeeded);
        Assert.Contains("1 change)", published.Message, StringComparison.Ordinal);
    }
}
