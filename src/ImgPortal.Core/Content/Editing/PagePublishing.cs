using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Content.Editing;

public sealed class PagePublishing(
    IAppDbContext db, ICurrentUser user, StaffTimeZone staffTime, IMarkdownRenderer markdown, PageEditorStore store)
    : IPagePublishing
{
    /// <summary>Told to the author of a draft when <see cref="PublishingApprovalOptions.RequireApproval"/> is on.</summary>
    public const string ApprovalMessage =
        "Publishing needs a second staff member's approval: you saved this draft last, so send it for review to a colleague, or ask a colleague to read it and publish or schedule it.";


    public async Task<Outcome<PageEditorData>> PublishAsync(int pageId, string baseVersion, string? changeNote, CancellationToken cancellationToken = default)
    {
        var page = await db.GuidancePages.Include(p => p.Sections).SingleOrDefaultAsync(p => p.Id == pageId, cancellationToken);
        if (page is null)
        {
            return Outcome.NotFound().As<PageEditorData>();
        }

        var draft = await db.PageDrafts.SingleOrDefaultAsync(d => d.GuidancePageId == pageId, cancellationToken);
        if (draft is null)
        {
            return PageEditorStore.NoDraft;
        }

        if (PageEditorStore.VersionToken(page, draft) != baseVersion)
        {
            return Outcome.Conflict(PageDrafts.ConflictMessage, store.EditorData(page, draft));
        }

        if (await store.ApprovalRefusalAsync(draft, cancellationToken) is { } refusal)
        {
            return Outcome.Invalid(refusal).As<PageEditorData>();
        }

        var changes = WordDiff.CountChanges(PageEditorStore.ContentOf(page), PageEditorStore.ContentOf(draft));
        var number = await PublishAsync(page, draft, user.UserId, user.Name ?? string.Empty, changeNote ?? string.Empty, cancellationToken);
        return number is null
            ? await store.ConflictAsync(pageId, cancellationToken)
            : Outcome.DoneWith(
                $"Published: visitors now see this version (revision {number}, {changes} change{(changes == 1 ? string.Empty : "s")}).",
                store.EditorData(page, null),
                pageId);
    }

    public async Task<Outcome<PageEditorData>> ScheduleAsync(
        int pageId, DateTime? publishAt, string? changeNote, string baseVersion, CancellationToken cancellationToken = default)
    {
        DateTime? publishAtUtc = null;
        if (publishAt is { } local)
        {
            var converted = staffTime.ToUtc(local, "PublishAt");
            if (!converted.Succeeded)
            {
                return converted.As<PageEditorData>();
            }

            publishAtUtc = converted.Value;
        }

        var (failed, page, draft) = await store.LoadDraftAsync(pageId, baseVersion, cancellationToken);
        if (failed is not null)
        {
            return failed;
        }

        if (publishAtUtc is not null && await store.ApprovalRefusalAsync(draft!, cancellationToken) is { } refusal)
        {
            return Outcome.Invalid(refusal).As<PageEditorData>();
        }

        draft!.ScheduledPublishAtUtc = publishAtUtc;
        draft.ChangeNote = PageEditorStore.Truncate(changeNote?.Trim() ?? string.Empty, PageRules.ChangeNoteMaxLength);
        var message = publishAtUtc is { } at
            ? $"The draft will be published on {staffTime.Format(at)}."
            : "The draft is no longer scheduled.";
        return await store.TrySaveAsync(cancellationToken)
            ? Outcome.DoneWith(message, store.EditorData(page!, draft), pageId)
            : await store.ConflictAsync(pageId, cancellationToken);
    }

    public async Task<int> PublishDueAsync(CancellationToken cancellationToken = default)
    {
        var now = store.UtcNow;
        var due = await db.PageDrafts
            .Where(d => d.ScheduledPublishAtUtc != null && d.ScheduledPublishAtUtc <= now)
            .OrderBy(d => d.ScheduledPublishAtUtc)
            .ToListAsync(cancellationToken);
        var count = 0;
        foreach (var draft in due)
        {
            var page = await db.GuidancePages.Include(p => p.Sections).SingleAsync(p => p.Id == draft.GuidancePageId, cancellationToken);
            var by = string.IsNullOrEmpty(draft.UpdatedByName) ? "Scheduled publishing" : draft.UpdatedByName + " (scheduled)";
            if (await PublishAsync(page, draft, draft.UpdatedByUserId, by, draft.ChangeNote, cancellationToken) is not null)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Makes the draft live: renders and sanitizes, replaces the page's text and sections, records a revision, drops the draft.</summary>
    private async Task<int?> PublishAsync(
        GuidancePage page, PageDraft draft, string? byUserId, string byName, string changeNote, CancellationToken cancellationToken)
    {
        var now = store.UtcNow;
        var last = await db.PageRevisions.Where(r => r.GuidancePageId == page.Id).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;
        if (last == 0)
        {
            // The text as it was before the first publication through the portal, so the first change can be compared.
            var original = PageEditorStore.ContentOf(page);
            db.PageRevisions.Add(new PageRevision
            {
                GuidancePageId = page.Id,
                Number = ++last,
                Title = original.Title,
                Summary = original.Summary,
                BodyMarkdown = original.BodyMarkdown,
                SectionsJson = PageContent.SerializeSections(original.Sections),
                PublishedByName = PageRevision.OriginalTextPublisher,
                PublishedAtUtc = page.UpdatedAtUtc,
            });
        }

        var content = PageEditorStore.ContentOf(draft);

        // A followed page's publication that changes what readers see goes into the change log, in this save (ADR 0078).
        if (Alerts.ChangeTopics.OfPage(page.Slug) is { } topic && Alerts.PageChangeSummary.Describe(PageEditorStore.ContentOf(page), content) is { } summary)
        {
            db.ChangeLogEntries.Add(new Alerts.ChangeNote(topic, null, content.Title, summary, "/" + page.Slug).ToEntry(now));
        }

        page.Title = content.Title;
        page.Summary = content.Summary;
        page.BodyMarkdown = content.BodyMarkdown;
        page.BodyHtml = markdown.Render(content.BodyMarkdown);
        page.AwaitingFirstPublication = false;
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
                Sources = section.Sources,
                Cycle = section.Cycle,
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
            ChangeNote = PageEditorStore.Truncate(changeNote.Trim(), PageRules.ChangeNoteMaxLength),
        });
        db.PageDrafts.Remove(draft);

        // Someone else published, discarded or saved the draft in between (or took the same revision number): null.
        return await store.TrySaveAsync(cancellationToken) ? number : null;
    }
}
