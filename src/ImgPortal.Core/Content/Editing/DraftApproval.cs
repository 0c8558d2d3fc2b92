namespace ImgPortal.Core.Content.Editing;

/// <summary>
/// When <c>Publishing:RequireApproval</c> is on, who may publish a draft (ADR 0030, ADR 0093): a colleague other than the
/// person who saved it last (publishing counts as their approval), or anyone once a colleague approved the text as
/// it is saved now. An approval of an earlier version, or by the person who saved it last, does not count.
/// </summary>
public static class DraftApproval
{
    /// <summary>Whether a colleague approved the draft's text as it is saved now.</summary>
    public static bool IsApproved(PageDraft draft, IEnumerable<DraftReviewRequest> requests) =>
        requests.Any(r => r.PageDraftId == draft.Id
            && r.Status == DraftReviewStatus.Approved
            && r.ApprovedContentVersion == draft.ContentVersion
            && r.ReviewerUserId != draft.UpdatedByUserId);

    /// <summary>Whether <paramref name="userId"/> must leave publishing <paramref name="draft"/> to someone else.</summary>
    public static bool NeedsAnotherApprover(bool required, PageDraft draft, string? userId, IEnumerable<DraftReviewRequest> requests) =>
        required && (draft.UpdatedByUserId is null || draft.UpdatedByUserId == userId) && !IsApproved(draft, requests);

    /// <summary>Why publishing is refused (shown before trying, too), in words that say who to ask.</summary>
    public static string RefusalMessage(PageDraft draft, IReadOnlyList<DraftReviewRequest> requests)
    {
        var asked = requests.Where(r => r.PageDraftId == draft.Id && r.ReviewerUserId != draft.UpdatedByUserId).ToList();
        var waiting = asked.Where(r => r.Status == DraftReviewStatus.Requested).Select(r => r.ReviewerName).Distinct().ToList();
        if (waiting.Count > 0)
        {
            return $"Publishing needs a colleague's approval, and {Names(waiting)} {(waiting.Count == 1 ? "has" : "have")} not approved this draft yet: "
                + "ask them to read it and approve it, or ask another colleague to publish it.";
        }

        var earlier = asked.Where(r => r.Status == DraftReviewStatus.Approved).Select(r => r.ReviewerName).Distinct().ToList();
        if (earlier.Count > 0)
        {
            return $"Publishing needs a colleague's approval, and {Names(earlier)} approved an earlier version: the draft was saved since. "
                + "Send it for review again so they can approve the text as it is now, or ask another colleague to publish it.";
        }

        return PagePublishing.ApprovalMessage;
    }

    private static string Names(List<string> names) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
}
