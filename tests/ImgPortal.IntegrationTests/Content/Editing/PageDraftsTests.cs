using ImgPortal.Core.Common;

namespace ImgPortal.IntegrationTests.Content.Editing;

/// <summary>Saving a page's draft, guarded by the version the editor opened. On real SQLite, with a fake clock and a fake signed-in user.</summary>
public sealed class PageDraftsTests : StaffEditingTestBase
{
    [Fact]
    public async Task SaveDraft_StaleVersion_IsAConflictAndKeepsTheSavedDraft()
    {
        await using var database = await CreateAsync();
        var id = await PageIdAsync(database, "residency");
        var opened = (await WithEditing(database, pages => pages.Drafts.GetEditorAsync(id)))!;

        var first = await WithEditing(database, pages => pages.Drafts.SaveDraftAsync(id, opened.Content with { Summary = "First" }, opened.VersionToken));
        var second = await WithEditing(database, pages => pages.Drafts.SaveDraftAsync(id, opened.Content with { Summary = "Second" }, opened.VersionToken));

        Assert.Equal(OutcomeKind.Done, first.Kind);
        Assert.Equal(OutcomeKind.Conflict, second.Kind);
        Assert.Equal("First", second.Value!.Content.Summary);
    }
}
