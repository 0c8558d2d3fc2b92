using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ImgPortal.Core.Content.Editing;

public sealed class PageDrafts(
    IAppDbContext db, ICurrentUser user, IOptions<PublishingApprovalOptions> approval, IMarkdownRenderer markdown, IGuidanceService guidance,
    PageEditorStore store)
    : IPageDrafts
{
    /// <summary>Told when a save lost the race: nothing was changed.</summary>
    public const string ConflictMessage =
        "Nothing was changed: someone else saved this page since you opened it. Check the text saved now and try again.";

    public Task<PageEditorData?> GetEditorAsync(int pageId, CancellationToken cancellationToken = default) =>
        store.GetEditorAsync(pageId, cancellationToken);

    public async Task<Outcome<PageEditorData>> SaveDraftAsync(int pageId, PageContent content, string baseVersion, CancellationToken cancellationToken = default)
    {
        var page = await db.GuidancePages.AsNoTracking().Include(p => p.Sections)
            .SingleOrDefaultAsync(p => p.Id == pageId, cancellationToken);
        if (page is null)
        {
            return Outcome.NotFound().As<PageEditorData>();
        }

        var draft = await db.PageDrafts.SingleOrDefaultAsync(d => d.GuidancePageId == pageId, cancellationToken);
        if (PageEditorStore.VersionToken(page, draft) != baseVersion)
        {
            return Outcome.Conflict(ConflictMessage, store.EditorData(page, draft));
        }

        // The format only: a date later than today is refused by the form, where staff type it.
        foreach (var section in content.Sections)
        {
            if ((PageRules.SectionSourcesProblem(section.Sources, notAfter: null) ?? PageRules.CycleProblem(section.Cycle)) is { } problem)
            {
                return Outcome.Invalid($"\"{section.Heading}\": {problem}").As<PageEditorData>();
            }
        }

        content = content with
        {
            Sections = [.. content.Sections.Select(s => s with { Sources = PageRules.NormalizeSectionSources(s.Sources), Cycle = s.Cycle.Trim() })],
        };

        if (draft is null)
        {
            draft = new PageDraft { GuidancePageId = pageId, Title = content.Title, Summary = content.Summary };
            db.PageDrafts.Add(draft);
        }

        draft.Title = content.Title.Trim();
        draft.Summary = content.Summary.Trim();
        draft.BodyMarkdown = content.BodyMarkdown;
        draft.SectionsJson = PageContent.SerializeSections(content.Sections);

        // New text: an approval given for the text before no longer counts (ADR 0093).
        var approvalDropped = approval.Value.RequireApproval && draft.Id != 0 && await db.DraftReviewRequests.AnyAsync(
            r => r.PageDraftId == draft.Id && r.Status == DraftReviewStatus.Approved && r.ApprovedContentVersion == draft.ContentVersion,
            cancellationToken);
        draft.ContentVersion = Guid.NewGuid();
        draft.UpdatedByUserId = user.UserId;
        draft.UpdatedByName = user.Name ?? string.Empty;
        draft.UpdatedAtUtc = store.UtcNow;
        var unscheduled = approval.Value.RequireApproval && draft.ScheduledPublishAtUtc is not null;
        if (unscheduled)
        {
            // A colleague approved the text they read, not this one.
            draft.ScheduledPublishAtUtc = null;
        }

        if (!await store.TrySaveAsync(cancellationToken))
        {
            return await store.ConflictAsync(pageId, cancellationToken);
        }

        var saved = unscheduled
            ? "Draft saved. It is no longer scheduled: a colleague must approve the new text and schedule it again."
            : approvalDropped
                ? "Draft saved. The approval was for the text before this save, so it no longer counts: send the draft for review again before publishing."
                : "Draft saved. Visitors still see the published page until you publish it.";
        return Outcome.DoneWith(saved, store.EditorData(page, draft), pageId);
    }

    public async Task<Outcome<PageEditorData>> MoveSectionAsync(
        int pageId, PageContent content, int index, MoveDirection direction, string baseVersion, CancellationToken cancellationToken = default)
    {
        if (ListMoves.Move(content.Sections, index, direction) is not { } sections)
        {
            return Outcome.Invalid(index < 0 || index >= content.Sections.Count
                ? "That section cannot move: it has no heading or is ticked for removal. Give it a heading, or save the draft first."
                : $"“{content.Sections[index].Heading}” is already {(direction == MoveDirection.Up ? "first" : "last")}.").As<PageEditorData>();
        }

        var saved = await SaveDraftAsync(pageId, content with { Sections = sections }, baseVersion, cancellationToken);
        if (!saved.Succeeded)
        {
            return saved;
        }

        var position = ListMoves.TargetOf(sections.Count, index, direction)!.Value + 1;
        return Outcome.DoneWith(
            $"Moved “{content.Sections[index].Heading}” {(direction == MoveDirection.Up ? "up" : "down")}: it is now section {position} of {sections.Count}. The draft is saved with the new order.",
            saved.Value!,
            pageId);
    }

    public async Task<PagePreview?> PreviewAsync(int pageId, CancellationToken cancellationToken = default)
    {
        var editor = await store.GetEditorAsync(pageId, cancellationToken);
        if (editor is null)
        {
            return null;
        }

        var live = await guidance.GetAnyPageAsync(pageId, cancellationToken);
        if (live is null)
        {
            return null;
        }

        var content = editor.Content;
        var sections = content.Sections
            .Select((s, i) => new SectionDetail(s.Kind, i + 1, s.Heading, markdown.Render(s.BodyMarkdown)) { Sources = s.Sources, Cycle = s.Cycle })
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

    public async Task<Outcome<PageEditorData>> DiscardDraftAsync(int pageId, string baseVersion, CancellationToken cancellationToken = default)
    {
        var (failed, page, draft) = await store.LoadDraftAsync(pageId, baseVersion, cancellationToken);
        if (failed is not null)
        {
            return failed;
        }

        db.PageDrafts.Remove(draft!);
        return await store.TrySaveAsync(cancellationToken)
            ? Outcome.DoneWith("Draft discarded. The published page is unchanged.", store.EditorData(page!, null), pageId)
            : await store.ConflictAsync(pageId, cancellationToken);
    }
}
