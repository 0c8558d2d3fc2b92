using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Content.Editing;

/// <summary>A page's history (named for its revisions: <see cref="PageHistory"/> is what it returns).</summary>
public sealed class PageRevisions(IAppDbContext db, IPageDrafts drafts) : IPageRevisions
{
    public async Task<PageHistory?> GetHistoryAsync(int pageId, CancellationToken cancellationToken = default)
    {
        var page = await db.GuidancePages.AsNoTracking().SingleOrDefaultAsync(p => p.Id == pageId, cancellationToken);
        if (page is null)
        {
            return null;
        }

        var draft = await db.PageDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.GuidancePageId == pageId, cancellationToken);
        var revisions = await db.PageRevisions.AsNoTracking()
            .Where(r => r.GuidancePageId == pageId)
            .OrderByDescending(r => r.Number)
            .Select(r => new RevisionRow(r.Number, r.PublishedByName, r.PublishedAtUtc, r.ChangeNote))
            .ToListAsync(cancellationToken);
        var reviews = await db.PageReviews.AsNoTracking()
            .Where(r => r.GuidancePageId == pageId)
            .OrderByDescending(r => r.ReviewedAtUtc)
            .Select(r => new ReviewRow(r.ReviewedOn, r.ReviewedByName, r.SourcesChecked, r.Note))
            .ToListAsync(cancellationToken);
        return new PageHistory(
            page.Id, page.Slug, page.Title, PageEditorStore.VersionToken(page, draft), draft is not null, revisions, reviews,
            page.AwaitingFirstPublication,
            page.SeededTextHash is null ? null : page.UpdatedAtUtc);
    }

    public async Task<RevisionComparison?> CompareAsync(int pageId, int from, int to, CancellationToken cancellationToken = default)
    {
        var title = await db.GuidancePages.AsNoTracking().Where(p => p.Id == pageId).Select(p => p.Title).SingleOrDefaultAsync(cancellationToken);
        var revisions = await db.PageRevisions.AsNoTracking()
            .Where(r => r.GuidancePageId == pageId && (r.Number == from || r.Number == to))
            .ToListAsync(cancellationToken);
        var older = revisions.SingleOrDefault(r => r.Number == from);
        var newer = revisions.SingleOrDefault(r => r.Number == to);
        if (title is null || older is null || newer is null)
        {
            return null;
        }

        var blocks = WordDiff.ComparePages(PageEditorStore.ContentOf(older), PageEditorStore.ContentOf(newer));
        return new RevisionComparison(pageId, title, PageEditorStore.Row(older), PageEditorStore.Row(newer), blocks);
    }

    public async Task<RestorePreview?> PreviewRestoreAsync(int pageId, int number, CancellationToken cancellationToken = default)
    {
        var editor = await drafts.GetEditorAsync(pageId, cancellationToken);
        var revision = await RevisionAsync(pageId, number, cancellationToken);
        return editor is null || revision is null
            ? null
            : new RestorePreview(
                pageId, editor.Content.Title, PageEditorStore.Row(revision), editor.HasDraft, editor.VersionToken,
                WordDiff.ComparePages(editor.Content, PageEditorStore.ContentOf(revision)));
    }

    public async Task<Outcome<PageEditorData>> RestoreAsync(int pageId, int number, string baseVersion, CancellationToken cancellationToken = default)
    {
        var revision = await RevisionAsync(pageId, number, cancellationToken);
        if (revision is null)
        {
            return Outcome.NotFound().As<PageEditorData>();
        }

        var saved = await drafts.SaveDraftAsync(pageId, PageEditorStore.ContentOf(revision), baseVersion, cancellationToken);
        return saved.Succeeded
            ? Outcome.DoneWith($"Revision {number} copied into the draft. Check it, then publish it.", saved.Value!, pageId)
            : saved;
    }

    private Task<PageRevision?> RevisionAsync(int pageId, int number, CancellationToken cancellationToken) =>
        db.PageRevisions.AsNoTracking().SingleOrDefaultAsync(r => r.GuidancePageId == pageId && r.Number == number, cancellationToken);
}
