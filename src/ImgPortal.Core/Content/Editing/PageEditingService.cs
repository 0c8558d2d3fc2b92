using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Content.Editing;

/// <summary>Staff editing of guidance pages: drafts, preview, publishing, scheduling, history and restore (ADR 0010).</summary>
public interface IPageEditingService
{
    Task<IReadOnlyList<StaffPageRow>> ListPagesAsync(CancellationToken cancellationToken = default);

    Task<PageEditorData?> GetEditorAsync(int pageId, CancellationToken cancellationToken = default);

    /// <summary>Saves <paramref name="content"/> as the page's draft if nothing changed since <paramref name="baseVersion"/>.</summary>
    /// <remarks>A conflict carries the editor as it is saved now.</remarks>
    Task<Outcome<PageEditorData>> SaveDraftAsync(int pageId, PageContent content, string baseVersion, CancellationToken cancellationToken = default);

    /// <summary>The draft (or the live text) rendered exactly as visitors would see it.</summary>
    Task<PagePreview?> PreviewAsync(int pageId, CancellationToken cancellationToken = default);

    Task<Outcome<PageEditorData>> PublishAsync(int pageId, string baseVersion, CancellationToken cancellationToken = default);

    Task<Outcome<PageEditorData>> ScheduleAsync(int pageId, DateTime? publishAtUtc, string baseVersion, CancellationToken cancellationToken = default);

    Task<Outcome<PageEditorData>> DiscardDraftAsync(int pageId, string baseVersion, CancellationToken cancellationToken = default);

    Task<Outcome> MarkReviewedAsync(int pageId, CancellationToken cancellationToken = default);

    Task<PageHistory?> GetHistoryAsync(int pageId, CancellationToken cancellationToken = default);

    Task<RevisionComparison?> CompareAsync(int pageId, int from, int to, CancellationToken cancellationToken = default);

    /// <summary>Copies revision <paramref name="number"/> into the draft, guarded like a save.</summary>
    Task<Outcome<PageEditorData>> RestoreAsync(int pageId, int number, string baseVersion, CancellationToken cancellationToken = default);

    /// <summary>Publishes every draft whose scheduled time has come; returns how many.</summary>
    Task<int> PublishDueAsync(CancellationToken cancellationToken = default);
}

public sealed class PageEditingService(IAppDbContext db, IMarkdownRenderer markdown, IGuidanceService guidance, ICurrentUser user, TimeProvider clock)
    : IPageEditingService
{
    /// <summary>Told when a save lost the race: nothing was changed.</summary>
    public const string ConflictMessage =
        "Nothing was changed: someone else saved this page since you opened it. Check the text saved now and try again.";

    /// <summary>A page not reviewed for this long is overdue.</summary>
    public const int ReviewIntervalMonths = 12;

    private DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    private DateOnly Today => DateOnly.FromDateTime(UtcNow);

    /// <summary>The version an editor's form is based on: the draft's when there is one, else the live page's.</summary>
    public static string VersionToken(GuidancePage page, PageDraft? draft) =>
        draft is null ? "p:" + page.Version.ToString("N") : "d:" + draft.Version.ToString("N");

    public static bool IsOverdue(DateOnly lastReviewedOn, DateOnly today) => lastReviewedOn < today.AddMonths(-ReviewIntervalMonths);

    public async Task<IReadOnlyList<StaffPageRow>> ListPagesAsync(CancellationToken cancellationToken = default)
    {
        var pages = await db.GuidancePages.AsNoTracking()
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Title)
            .Select(p => new { p.Id, p.Slug, p.Title, p.LastReviewedOn })
            .ToListAsync(cancellationToken);
        var drafts = await db.PageDrafts.AsNoTracking()
            .Select(d => new { d.GuidancePageId, d.ScheduledPublishAtUtc })
            .ToDictionaryAsync(d => d.GuidancePageId, d => d.ScheduledPublishAtUtc, cancellationToken);
        var today = Today;
        return pages
            .Select(p =>
            {
                var hasDraft = drafts.TryGetValue(p.Id, out var scheduled);
                var state = !hasDraft ? PageState.Published : scheduled is null ? PageState.Draft : PageState.Scheduled;
                return new StaffPageRow(p.Id, p.Slug, p.Title, state, p.LastReviewedOn, IsOverdue(p.LastReviewedOn, today), scheduled);
            })
            .ToList();
    }

    public async Task<PageEditorData?> GetEditorAsync(int pageId, CancellationToken cancellationToken = default)
    {
        var page = await db.GuidancePages.AsNoTracking().Include(p => p.Sections)
            .SingleOrDefaultAsync(p => p.Id == pageId, cancellationToken);
        if (page is null)
        {
            return null;
        }

        var draft = await db.PageDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.GuidancePageId == pageId, cancellationToken);
        return EditorData(page, draft);
    }

    public async Task<Outcome<PageEditorData>> SaveDraftAsync(int pageId, PageContent content, string baseVersion, CancellationToken cancellationToken = default)
    {
        var page = await db.GuidancePages.AsNoTracking().Include(p => p.Sections)
            .SingleOrDefaultAsync(p => p.Id == pageId, cancellationToken);
        if (page is null)
        {
            return Outcome.NotFound().As<PageEditorData>();
        }

        var draft = await db.PageDrafts.SingleOrDefaultAsync(d => d.GuidancePageId == pageId, cancellationToken);
        if (VersionToken(page, draft) != baseVersion)
        {
            return Outcome.Conflict(ConflictMessage, EditorData(page, draft));
        }

        if (draft is null)
        {
            draft = new PageDraft { GuidancePageId = pageId, Title = content.Title, Summary = content.Summary };
            db.PageDrafts.Add(draft);
        }

        draft.Title = content.Title.Trim();
        draft.Summary = content.Summary.Trim();
        draft.BodyMarkdown = content.BodyMarkdown;
        draft.SectionsJson = PageContent.SerializeSections(content.Sections);
        draft.UpdatedByUserId = user.UserId;
        draft.UpdatedByName = user.Name ?? string.Empty;
        draft.UpdatedAtUtc = UtcNow;

        if (!await TrySaveAsync(cancellationToken))
        {
            return await ConflictAsync(pageId, cancellationToken);
        }

        return Outcome.DoneWith("Draft saved. Visitors still see the published page until you publish it.", EditorData(page, draft), pageId);
    }

    public async Task<PagePreview?> PreviewAsync(int pageId, CancellationToken cancellationToken = default)
    {
        var editor = await GetEditorAsync(pageId, cancellationToken);
        if (editor is null)
        {
            return null;
        }

        var live = await guidance.GetPageAsync(editor.Slug, cancellationToken);
        if (live is null)
        {
            return null;
        }

        var content = editor.Content;
        var sections = content.Sections
            .Select((s, i) => new SectionDetail(s.Kind, i + 1, s.Heading, markdown.Render(s.BodyMarkdown)))
            .ToList();
        var page = live with
        {
            Title = content.Title,
            Summary = content.Summary,
            BodyHtml = markdown.Render(content.BodyMarkdown),
            Sections = sections,
        };
        return new PagePreview(pageId, page, editor.HasDraft);
    }

    public async Task<Outcome<PageEditorData>> PublishAsync(int pageId, string baseVersion, CancellationToken cancellationToken = default)
    {
        var page = await db.GuidancePages.Include(p => p.Sections).SingleOrDefaultAsync(p => p.Id == pageId, cancellationToken);
        if (page is null)
        {
            return Outcome.NotFound().As<PageEditorData>();
        }

        var draft = await db.PageDrafts.SingleOrDefaultAsync(d => d.GuidancePageId == pageId, cancellationToken);
        if (draft is null)
        {
            return NoDraft;
        }

        if (VersionToken(page, draft) != baseVersion)
        {
            return Outcome.Conflict(ConflictMessage, EditorData(page, draft));
        }

        var number = await PublishAsync(page, draft, user.UserId, user.Name ?? string.Empty, cancellationToken);
        return number is null
            ? await ConflictAsync(pageId, cancellationToken)
            : Outcome.DoneWith($"Published: visitors now see this version (revision {number}).", EditorData(page, null), pageId);
    }

    public async Task<Outcome<PageEditorData>> ScheduleAsync(int pageId, DateTime? publishAtUtc, string baseVersion, CancellationToken cancellationToken = default)
    {
        var (failed, page, draft) = await LoadDraftAsync(pageId, baseVersion, cancellationToken);
        if (failed is not null)
        {
            return failed;
        }

        draft!.ScheduledPublishAtUtc = publishAtUtc is null ? null : DateTime.SpecifyKind(publishAtUtc.Value, DateTimeKind.Utc);
        var message = publishAtUtc is { } at
            ? $"The draft will be published at {at:yyyy-MM-dd HH:mm} UTC."
            : "The draft is no longer scheduled.";
        return await TrySaveAsync(cancellationToken)
            ? Outcome.DoneWith(message, EditorData(page!, draft), pageId)
            : await ConflictAsync(pageId, cancellationToken);
    }

    public async Task<Outcome<PageEditorData>> DiscardDraftAsync(int pageId, string baseVersion, CancellationToken cancellationToken = default)
    {
        var (failed, page, draft) = await LoadDraftAsync(pageId, baseVersion, cancellationToken);
        if (failed is not null)
        {
            return failed;
        }

        db.PageDrafts.Remove(draft!);
        return await TrySaveAsync(cancellationToken)
            ? Outcome.DoneWith("Draft discarded. The published page is unchanged.", EditorData(page!, null), pageId)
            : await ConflictAsync(pageId, cancellationToken);
    }

    public async Task<Outcome> MarkReviewedAsync(int pageId, CancellationToken cancellationToken = default)
    {
        var page = await db.GuidancePages.SingleOrDefaultAsync(p => p.Id == pageId, cancellationToken);
        if (page is null)
        {
            return Outcome.NotFound();
        }

        page.LastReviewedOn = Today;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done("Marked as reviewed today.", pageId);
    }

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
            .Select(r => new RevisionRow(r.Number, r.PublishedByName, r.PublishedAtUtc))
            .ToListAsync(cancellationToken);
        return new PageHistory(page.Id, page.Slug, page.Title, VersionToken(page, draft), revisions);
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

        var lines = TextDiff.Lines(ContentOf(older).ToComparableText(), ContentOf(newer).ToComparableText());
        return new RevisionComparison(pageId, title, Row(older), Row(newer), lines);
    }

    public async Task<Outcome<PageEditorData>> RestoreAsync(int pageId, int number, string baseVersion, CancellationToken cancellationToken = default)
    {
        var revision = await db.PageRevisions.AsNoTracking()
            .SingleOrDefaultAsync(r => r.GuidancePageId == pageId && r.Number == number, cancellationToken);
        if (revision is null)
        {
            return Outcome.NotFound().As<PageEditorData>();
        }

        var saved = await SaveDraftAsync(pageId, ContentOf(revision), baseVersion, cancellationToken);
        return saved.Succeeded
            ? Outcome.DoneWith($"Revision {number} copied into the draft. Check it, then publish it.", saved.Value!, pageId)
            : saved;
    }

    public async Task<int> PublishDueAsync(CancellationToken cancellationToken = default)
    {
        var now = UtcNow;
        var due = await db.PageDrafts
            .Where(d => d.ScheduledPublishAtUtc != null && d.ScheduledPublishAtUtc <= now)
            .OrderBy(d => d.ScheduledPublishAtUtc)
            .ToListAsync(cancellationToken);
        var published = 0;
        foreach (var draft in due)
        {
            var page = await db.GuidancePages.Include(p => p.Sections).SingleAsync(p => p.Id == draft.GuidancePageId, cancellationToken);
            var by = string.IsNullOrEmpty(draft.UpdatedByName) ? "Scheduled publishing" : draft.UpdatedByName + " (scheduled)";
            if (await PublishAsync(page, draft, draft.UpdatedByUserId, by, cancellationToken) is not null)
            {
                published++;
            }
        }

        return published;
    }

    /// <summary>Makes the draft live: renders and sanitizes, replaces the page's text and sections, records a revision, drops the draft.</summary>
    private async Task<int?> PublishAsync(GuidancePage page, PageDraft draft, string? byUserId, string byName, CancellationToken cancellationToken)
    {
        var now = UtcNow;
        var last = await db.PageRevisions.Where(r => r.GuidancePageId == page.Id).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;
        if (last == 0)
        {
            // The text as it was before the first publication through the portal, so the first change can be compared.
            var original = ContentOf(page);
            db.PageRevisions.Add(new PageRevision
            {
                GuidancePageId = page.Id,
                Number = ++last,
                Title = original.Title,
                Summary = original.Summary,
                BodyMarkdown = original.BodyMarkdown,
                SectionsJson = PageContent.SerializeSections(original.Sections),
                PublishedByName = "Original content",
                PublishedAtUtc = page.UpdatedAtUtc,
            });
        }

        var content = ContentOf(draft);
        page.Title = content.Title;
        page.Summary = content.Summary;
        page.BodyMarkdown = content.BodyMarkdown;
        page.BodyHtml = markdown.Render(content.BodyMarkdown);
        page.LastReviewedOn = DateOnly.FromDateTime(now);
        page.UpdatedAtUtc = now;
        foreach (var old in page.Sections.ToList())
        {
            db.PageSections.Remove(old);
        }

        page.Sections.Clear();
        var order = 0;
        foreach (var section in content.Sections)
        {
            page.Sections.Add(new PageSection
            {
                Kind = section.Kind,
                SortOrder = ++order,
                Heading = section.Heading,
                BodyMarkdown = section.BodyMarkdown,
                BodyHtml = markdown.Render(section.BodyMarkdown),
            });
        }

        var number = last + 1;
        db.PageRevisions.Add(new PageRevision
        {
            GuidancePageId = page.Id,
            Number = number,
            Title = content.Title,
            Summary = content.Summary,
            BodyMarkdown = content.BodyMarkdown,
            SectionsJson = draft.SectionsJson,
            PublishedByUserId = byUserId,
            PublishedByName = byName,
            PublishedAtUtc = now,
        });
        db.PageDrafts.Remove(draft);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return number;
        }
        catch (DbUpdateException)
        {
            // Someone else published, discarded or saved the draft in between (or took the same revision number).
            db.DiscardChanges();
            return null;
        }
    }

    private static Outcome<PageEditorData> NoDraft => Outcome.Invalid("There is no draft: save your changes first.").As<PageEditorData>();

    /// <summary>The page and its draft, or why the change cannot go ahead (not found, a conflict, no draft).</summary>
    private async Task<(Outcome<PageEditorData>? Failed, GuidancePage? Page, PageDraft? Draft)> LoadDraftAsync(
        int pageId, string baseVersion, CancellationToken cancellationToken)
    {
        var page = await db.GuidancePages.AsNoTracking().Include(p => p.Sections).SingleOrDefaultAsync(p => p.Id == pageId, cancellationToken);
        if (page is null)
        {
            return (Outcome.NotFound().As<PageEditorData>(), null, null);
        }

        var draft = await db.PageDrafts.SingleOrDefaultAsync(d => d.GuidancePageId == pageId, cancellationToken);
        if (VersionToken(page, draft) != baseVersion)
        {
            return (Outcome.Conflict(ConflictMessage, EditorData(page, draft)), page, draft);
        }

        return draft is null ? (NoDraft, page, null) : (null, page, draft);
    }

    /// <summary>Saves; false when another editor got there first (the version guard or the one-draft-per-page index).</summary>
    private async Task<bool> TrySaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.DiscardChanges();
            return false;
        }
    }

    private async Task<Outcome<PageEditorData>> ConflictAsync(int pageId, CancellationToken cancellationToken)
    {
        var current = await GetEditorAsync(pageId, cancellationToken);
        return current is null ? Outcome.NotFound().As<PageEditorData>() : Outcome.Conflict(ConflictMessage, current);
    }

    private static PageEditorData EditorData(GuidancePage page, PageDraft? draft) =>
        new(
            page.Id,
            page.Slug,
            draft is null ? ContentOf(page) : ContentOf(draft),
            VersionToken(page, draft),
            draft is not null,
            draft?.ScheduledPublishAtUtc,
            draft?.UpdatedByName,
            draft?.UpdatedAtUtc,
            page.LastReviewedOn);

    private static PageContent ContentOf(GuidancePage page) =>
        new(page.Title, page.Summary, page.BodyMarkdown, page.Sections
            .OrderBy(s => s.SortOrder)
            .Select(s => new SectionContent(s.Kind, s.Heading, s.BodyMarkdown))
            .ToList());

    private static PageContent ContentOf(PageDraft draft) =>
        new(draft.Title, draft.Summary, draft.BodyMarkdown, PageContent.DeserializeSections(draft.SectionsJson));

    private static PageContent ContentOf(PageRevision revision) =>
        new(revision.Title, revision.Summary, revision.BodyMarkdown, PageContent.DeserializeSections(revision.SectionsJson));

    private static RevisionRow Row(PageRevision revision) => new(revision.Number, revision.PublishedByName, revision.PublishedAtUtc);
}
