using ImgPortal.Core.Accounts;
using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Content.Editing;

public sealed class DraftReviews(
    IAppDbContext db, ICurrentUser user, IStaffDirectory staff, DraftReviewMailer mailer, PageEditorStore store) : IDraftReviews
{
    public const string NoDraftMessage = "There is no draft to review: save your changes first.";

    public const string DraftChangedMessage =
        "Not approved: the draft was saved again since you opened it. Read it as it is now, then approve it.";

    public async Task<DraftReviewPanel?> GetPanelAsync(int pageId, CancellationToken cancellationToken = default)
    {
        var page = await db.GuidancePages.AsNoTracking().SingleOrDefaultAsync(p => p.Id == pageId, cancellationToken);
        if (page is null)
        {
            return null;
        }

        var draft = await db.PageDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.GuidancePageId == pageId, cancellationToken);
        if (draft is null)
        {
            return new DraftReviewPanel(pageId, false, PageEditorStore.VersionToken(page, null), [], [], [], null, false);
        }

        var requests = await db.DraftReviewRequests.AsNoTracking()
            .Where(r => r.PageDraftId == draft.Id)
            .OrderBy(r => r.RequestedAtUtc).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken);
        var rows = requests.Select(r => Row(r, draft)).ToList();
        var comments = await db.DraftComments.AsNoTracking()
            .Where(c => c.PageDraftId == draft.Id)
            .OrderBy(c => c.WrittenAtUtc).ThenBy(c => c.Id)
            .Select(c => new DraftCommentRow(c.AuthorName, c.WrittenAtUtc, c.Text))
            .ToListAsync(cancellationToken);
        var colleagues = (await staff.ListAsync(cancellationToken)).Where(s => s.Id != user.UserId).OrderBy(s => s.Email, StringComparer.OrdinalIgnoreCase).ToList();
        var mine = rows.LastOrDefault(r => r.ReviewerUserId == user.UserId);
        return new DraftReviewPanel(
            pageId, true, PageEditorStore.VersionToken(page, draft), rows, comments, colleagues, mine, draft.UpdatedByUserId == user.UserId);
    }

    public async Task<IReadOnlyList<DraftToReview>> AwaitingMyReviewAsync(CancellationToken cancellationToken = default)
    {
        var me = user.UserId;
        var rows = await (
                from request in db.DraftReviewRequests.AsNoTracking()
                join draft in db.PageDrafts.AsNoTracking() on request.PageDraftId equals draft.Id
                where request.ReviewerUserId == me
                    && (request.Status == DraftReviewStatus.Requested
                        || (request.Status == DraftReviewStatus.Approved && request.ApprovedContentVersion != draft.ContentVersion))
                select new { request.Id, draft.GuidancePageId, draft.Title, request.RequestedByName, request.RequestedAtUtc, request.Status })
            .ToListAsync(cancellationToken);

        // A colleague asked twice: the newest request stands for both.
        return rows
            .GroupBy(r => r.GuidancePageId)
            .Select(g => g.OrderByDescending(r => r.RequestedAtUtc).ThenByDescending(r => r.Id).First())
            .OrderBy(r => r.RequestedAtUtc)
            .Select(r => new DraftToReview(r.GuidancePageId, r.Title, r.RequestedByName, r.RequestedAtUtc, r.Status == DraftReviewStatus.Approved))
            .ToList();
    }

    public async Task<Outcome> SendAsync(int pageId, string? reviewerUserId, string? note, CancellationToken cancellationToken = default)
    {
        var (failed, draft) = await LoadAsync(pageId, cancellationToken);
        if (failed is not null)
        {
            return failed;
        }

        var reviewer = (await staff.ListAsync(cancellationToken)).SingleOrDefault(s => s.Id == reviewerUserId);
        if (reviewer is null || reviewer.Id == user.UserId)
        {
            return Outcome.Invalid("Not sent: choose the colleague who should review the draft from the staff listed.");
        }

        if (await db.DraftReviewRequests.AnyAsync(
            r => r.PageDraftId == draft!.Id && r.ReviewerUserId == reviewer.Id && r.Status == DraftReviewStatus.Requested, cancellationToken))
        {
            return Outcome.Invalid($"Not sent: {reviewer.Email} has already been asked to review this draft and has not answered yet.");
        }

        var now = store.UtcNow;
        var by = Name();
        db.DraftReviewRequests.Add(new DraftReviewRequest
        {
            GuidancePageId = pageId,
            PageDraftId = draft!.Id,
            ReviewerUserId = reviewer.Id,
            ReviewerName = PageEditorStore.Truncate(reviewer.Email, PageRules.OwnerNameMaxLength),
            RequestedByUserId = user.UserId,
            RequestedByName = by,
            RequestedAtUtc = now,
            Status = DraftReviewStatus.Requested,
        });
        if (!string.IsNullOrWhiteSpace(note))
        {
            AddComment(draft, note, now);
        }

        // The e-mail is stored with the request, in the one save below (ADR 0096).
        mailer.QueueRequest(reviewer.Email, pageId, draft.Title, by, note);
        return await SavedAsync($"Sent for review: {reviewer.Email} has it on their to-do list and has been e-mailed a link to the draft.", pageId, cancellationToken);
    }

    public async Task<Outcome> CommentAsync(int pageId, string? text, CancellationToken cancellationToken = default)
    {
        var (failed, draft) = await LoadAsync(pageId, cancellationToken);
        if (failed is not null)
        {
            return failed;
        }

        if (CommentProblem(text, required: true) is { } problem)
        {
            return problem;
        }

        AddComment(draft!, text!, store.UtcNow);
        return await SavedAsync("Comment added to the draft.", pageId, cancellationToken);
    }

    public async Task<Outcome> ApproveAsync(int pageId, string baseVersion, string? comment, CancellationToken cancellationToken = default)
    {
        var (refused, draft, request) = await LoadMyRequestAsync(pageId, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var page = await db.GuidancePages.AsNoTracking().SingleAsync(p => p.Id == pageId, cancellationToken);
        if (PageEditorStore.VersionToken(page, draft) != baseVersion)
        {
            return Outcome.Conflict(DraftChangedMessage);
        }

        if (draft!.UpdatedByUserId == user.UserId)
        {
            return Outcome.Invalid("Not approved: you saved this draft last, so your approval would not be a second person's. Ask another colleague to review it.");
        }

        if (CommentProblem(comment, required: false) is { } problem)
        {
            return problem;
        }

        var now = store.UtcNow;
        request!.Status = DraftReviewStatus.Approved;
        request.ApprovedContentVersion = draft.ContentVersion;
        request.DecidedAtUtc = now;
        if (!string.IsNullOrWhiteSpace(comment))
        {
            AddComment(draft, comment, now);
        }

        await QueueDecisionAsync(request, draft, comment, cancellationToken);

        return await SavedAsync(
            $"Approved: {(string.IsNullOrEmpty(draft.UpdatedByName) ? "the author" : draft.UpdatedByName)} may now publish the draft as it is. If anyone saves it again, it needs a new approval.",
            pageId,
            cancellationToken);
    }

    public async Task<Outcome> ReturnAsync(int pageId, string? comment, CancellationToken cancellationToken = default)
    {
        var (refused, draft, request) = await LoadMyRequestAsync(pageId, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        if (CommentProblem(comment, required: true, "Not returned: say what should change in the comment.") is { } problem)
        {
            return problem;
        }

        var now = store.UtcNow;
        request!.Status = DraftReviewStatus.Returned;
        request.ApprovedContentVersion = null;
        request.DecidedAtUtc = now;
        AddComment(draft!, comment!, now);
        await QueueDecisionAsync(request, draft!, comment, cancellationToken);
        return await SavedAsync($"Returned to {request.RequestedByName} with your comment.", pageId, cancellationToken);
    }

    private static DraftReviewRow Row(DraftReviewRequest request, PageDraft draft) =>
        new(
            request.ReviewerUserId,
            request.ReviewerName,
            request.RequestedByName,
            request.RequestedAtUtc,
            request.Status,
            request.DecidedAtUtc,
            request.Status == DraftReviewStatus.Approved && request.ApprovedContentVersion != draft.ContentVersion);

    private static Outcome? CommentProblem(string? text, bool required, string? emptyMessage = null) =>
        string.IsNullOrWhiteSpace(text)
            ? required ? Outcome.Invalid("Comment", emptyMessage ?? "Write the comment first.") : null
            : text.Trim().Length > DraftComment.TextMaxLength
                ? Outcome.Invalid("Comment", $"A comment can be at most {DraftComment.TextMaxLength} characters.")
                : null;

    private string Name() => PageEditorStore.Truncate(user.Name ?? string.Empty, PageRules.OwnerNameMaxLength);

    private void AddComment(PageDraft draft, string text, DateTime now) =>
        db.DraftComments.Add(new DraftComment
        {
            GuidancePageId = draft.GuidancePageId,
            PageDraftId = draft.Id,
            AuthorUserId = user.UserId,
            AuthorName = Name(),
            WrittenAtUtc = now,
            Text = PageEditorStore.Truncate(text.Trim(), DraftComment.TextMaxLength),
        });

    /// <summary>The page's draft, or why not: the page is not there, or it has no draft.</summary>
    private async Task<(Outcome? Failed, PageDraft? Draft)> LoadAsync(int pageId, CancellationToken cancellationToken)
    {
        if (!await db.GuidancePages.AnyAsync(p => p.Id == pageId, cancellationToken))
        {
            return (Outcome.NotFound(), null);
        }

        var draft = await db.PageDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.GuidancePageId == pageId, cancellationToken);
        return draft is null ? (Outcome.Invalid(NoDraftMessage), null) : (null, draft);
    }

    /// <summary>
    /// The page's draft and the newest request to the signed-in person about it, or why not: the page or its draft
    /// is not there, or they were not asked (only the colleague asked approves or returns it).
    /// </summary>
    private async Task<(Outcome? Refused, PageDraft? Draft, DraftReviewRequest? Request)> LoadMyRequestAsync(int pageId, CancellationToken cancellationToken)
    {
        var (failed, draft) = await LoadAsync(pageId, cancellationToken);
        if (failed is not null)
        {
            return (failed, null, null);
        }

        var request = await db.DraftReviewRequests
            .Where(r => r.PageDraftId == draft!.Id && r.ReviewerUserId == user.UserId)
            .OrderByDescending(r => r.RequestedAtUtc).ThenByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return request is null
            ? (Outcome.Forbidden("Only the colleague asked to review this draft can approve or return it. Comment on it instead."), null, null)
            : (null, draft, request);
    }

    /// <summary>
    /// Tells the colleague who asked for the review what came of it, in the decision's own save (ADR 0096). Nobody is
    /// e-mailed when they are no longer on staff.
    /// </summary>
    private async Task QueueDecisionAsync(DraftReviewRequest request, PageDraft draft, string? comment, CancellationToken cancellationToken)
    {
        var author = (await staff.ListAsync(cancellationToken)).SingleOrDefault(s => s.Id == request.RequestedByUserId);
        if (author is not null)
        {
            mailer.QueueDecision(author.Email, request.GuidancePageId, draft.Title, Name(), request.Status, comment);
        }
    }

    private async Task<Outcome> SavedAsync(string message, int pageId, CancellationToken cancellationToken) =>
        await store.TrySaveAsync(cancellationToken)
            ? Outcome.Done(message, pageId)
            : Outcome.Conflict("Nothing was saved: the draft was published, discarded or changed meanwhile. Look at it again and try once more.");
}
