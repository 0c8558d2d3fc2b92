using ImgPortal.Core.Accounts;
using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ImgPortal.Core.Content.Editing;

/// <summary>
/// What the page-editing use cases share (ADR 0086): loading a page with its draft, the editor as it is saved now,
/// the version guard, the save that turns a lost race into false, and the content of a page, draft or revision.
/// One per request scope, given to each use case; it holds no state between calls and is not called by controllers.
/// </summary>
public sealed class PageEditorStore(
    IAppDbContext db,
    ICurrentUser user,
    TimeProvider clock,
    IReservedAddresses reserved,
    StaffTimeZone staffTime,
    IOptions<PublishingApprovalOptions> approval)
{
    public const string SettingsConflictMessage =
        "Nothing was changed: someone else changed this page's settings since you opened it. Check them below and try again.";

    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    /// <summary>Today in the society's zone: review dates are staff's days, not UTC's.</summary>
    public DateOnly Today => staffTime.LocalDate(UtcNow);

    public static Outcome<PageEditorData> NoDraft => Outcome.Invalid("There is no draft: save your changes first.").As<PageEditorData>();

    /// <summary>The version an editor's form is based on: the draft's when there is one, else the live page's.</summary>
    public static string VersionToken(GuidancePage page, PageDraft? draft) =>
        draft is null ? "p:" + page.Version.ToString("N") : "d:" + draft.Version.ToString("N");

    /// <summary>Approval is required and the signed-in person saved the draft last (approvals not looked at: see <see cref="ApprovalRefusalAsync"/>).</summary>
    public bool NeedsAnotherApprover(PageDraft draft) =>
        approval.Value.RequireApproval && (draft.UpdatedByUserId is null || draft.UpdatedByUserId == user.UserId);

    /// <summary>Why the signed-in person may not publish or schedule <paramref name="draft"/> (ADR 0093), or null when they may.</summary>
    public async Task<string?> ApprovalRefusalAsync(PageDraft draft, CancellationToken cancellationToken)
    {
        if (!NeedsAnotherApprover(draft))
        {
            return null;
        }

        var requests = await db.DraftReviewRequests.AsNoTracking().Where(r => r.PageDraftId == draft.Id).ToListAsync(cancellationToken);
        return DraftApproval.NeedsAnotherApprover(approval.Value.RequireApproval, draft, user.UserId, requests)
            ? DraftApproval.RefusalMessage(draft, requests)
            : null;
    }

    public async Task<PageEditorData?> GetEditorAsync(int pageId, CancellationToken cancellationToken)
    {
        var page = await db.GuidancePages.AsNoTracking().Include(p => p.Sections)
            .SingleOrDefaultAsync(p => p.Id == pageId, cancellationToken);
        if (page is null)
        {
            return null;
        }

        var draft = await db.PageDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.GuidancePageId == pageId, cancellationToken);
        var editor = EditorData(page, draft);
        if (draft is not null && editor.NeedsAnotherApprover)
        {
            var refusal = await ApprovalRefusalAsync(draft, cancellationToken);
            editor = editor with { NeedsAnotherApprover = refusal is not null, ApprovalNote = refusal };
        }

        var terms = await db.GlossaryTerms.AsNoTracking().Select(t => t.Term).ToListAsync(cancellationToken);
        return editor with
        {
            LinkProblems = LinkChecker.Check(editor.Content, await LinkTargetsAsync(cancellationToken)),
            GlossaryTerms = [.. terms.Order(StringComparer.OrdinalIgnoreCase)],
        };
    }

    /// <summary>The page and its draft, or why the change cannot go ahead (not found, a conflict, no draft).</summary>
    public async Task<(Outcome<PageEditorData>? Failed, GuidancePage? Page, PageDraft? Draft)> LoadDraftAsync(
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
            return (Outcome.Conflict(PageDrafts.ConflictMessage, EditorData(page, draft)), page, draft);
        }

        return draft is null ? (NoDraft, page, null) : (null, page, draft);
    }

    /// <summary>Saves; false when another editor got there first (the version guard or the one-draft-per-page index).</summary>
    public async Task<bool> TrySaveAsync(CancellationToken cancellationToken)
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

    public async Task<Outcome<PageEditorData>> ConflictAsync(int pageId, CancellationToken cancellationToken)
    {
        var current = await GetEditorAsync(pageId, cancellationToken);
        return current is null ? Outcome.NotFound().As<PageEditorData>() : Outcome.Conflict(PageDrafts.ConflictMessage, current);
    }

    public PageEditorData EditorData(GuidancePage page, PageDraft? draft) =>
        new(
            page.Id,
            page.Slug,
            draft is null ? ContentOf(page) : ContentOf(draft),
            VersionToken(page, draft),
            draft is not null,
            draft?.ScheduledPublishAtUtc,
            draft?.UpdatedByName,
            draft?.UpdatedAtUtc,
            page.LastReviewedOn,
            new PageFacts(
                page.Source,
                page.NavigationLabel,
                page.SortOrder,
                page.OwnerUserId,
                page.OwnerName,
                page.ReviewIntervalMonths,
                PageRules.ReviewDueOn(page.LastReviewedOn, page.ReviewIntervalMonths),
                PageRules.ReviewStatusOn(page.LastReviewedOn, page.ReviewIntervalMonths, Today),
                page.AwaitingFirstPublication,
                page.RetiredAtUtc,
                page.RetiredRedirectTo,
                page.Version.ToString("N")),
            draft is not null && NeedsAnotherApprover(draft));

    public static PageContent ContentOf(GuidancePage page) =>
        new(page.Title, page.Summary, page.BodyMarkdown, page.Sections
            .OrderBy(s => s.SortOrder)
            .Select(s => new SectionContent(s.Kind, s.Heading, s.BodyMarkdown, s.Sources, s.Cycle))
            .ToList());

    public static PageContent ContentOf(PageDraft draft) =>
        new(draft.Title, draft.Summary, draft.BodyMarkdown, PageContent.DeserializeSections(draft.SectionsJson));

    public static PageContent ContentOf(PageRevision revision) =>
        new(revision.Title, revision.Summary, revision.BodyMarkdown, PageContent.DeserializeSections(revision.SectionsJson));

    public static RevisionRow Row(PageRevision revision) => new(revision.Number, revision.PublishedByName, revision.PublishedAtUtc, revision.ChangeNote);

    public static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];

    /// <summary>Every page's address and state, and the fixed routes, for the link checker.</summary>
    private async Task<LinkTargets> LinkTargetsAsync(CancellationToken cancellationToken)
    {
        var pages = await db.GuidancePages.AsNoTracking()
            .Select(p => new { p.Slug, p.AwaitingFirstPublication, Retired = p.RetiredAtUtc != null, p.RetiredRedirectTo })
            .ToListAsync(cancellationToken);
        return new LinkTargets(
            pages.Where(p => !p.Retired && !p.AwaitingFirstPublication).Select(p => p.Slug).ToHashSet(StringComparer.OrdinalIgnoreCase),
            pages.Where(p => !p.Retired && p.AwaitingFirstPublication).Select(p => p.Slug).ToHashSet(StringComparer.OrdinalIgnoreCase),
            pages.Where(p => p.Retired).ToDictionary(p => p.Slug, p => p.RetiredRedirectTo, StringComparer.OrdinalIgnoreCase),
            reserved.IsReserved);
    }
}
