using ImgPortal.Core.Content.Editing;

namespace ImgPortal.UnitTests.Content.Editing;

/// <summary>Who may publish a draft when approval is required (ADR 0093): the rules without a database.</summary>
public sealed class DraftApprovalTests
{
    private const string Author = "author-1";
    private const string Reviewer = "reviewer-2";

    private static PageDraft Draft() =>
        new() { Id = 7, GuidancePageId = 3, Title = "Echo", Summary = "S", UpdatedByUserId = Author, UpdatedByName = "author@test.example" };

    private static DraftReviewRequest Request(PageDraft draft, DraftReviewStatus status, Guid? approved = null, string reviewer = Reviewer) =>
        new()
        {
            PageDraftId = draft.Id,
            GuidancePageId = draft.GuidancePageId,
            ReviewerUserId = reviewer,
            ReviewerName = reviewer + "@test.example",
            Status = status,
            ApprovedContentVersion = approved,
        };

    [Fact]
    public void NeedsAnotherApprover_ApprovalRequiredAndNoApproval_TheAuthorMustLeaveItToSomeoneElse()
    {
        var draft = Draft();

        var needs = DraftApproval.NeedsAnotherApprover(true, draft, Author, [Request(draft, DraftReviewStatus.Requested)]);

        Assert.True(needs);
    }

    [Fact]
    public void NeedsAnotherApprover_ApprovalNotRequired_TheAuthorPublishes()
    {
        var draft = Draft();

        var needs = DraftApproval.NeedsAnotherApprover(false, draft, Author, []);

        Assert.False(needs);
    }

    [Fact]
    public void NeedsAnotherApprover_AColleagueWhoDidNotSaveIt_PublishingCountsAsTheirApproval()
    {
        var draft = Draft();

        var needs = DraftApproval.NeedsAnotherApprover(true, draft, "colleague-3", []);

        Assert.False(needs);
    }

    [Fact]
    public void NeedsAnotherApprover_ApprovedForTheTextAsSavedNow_TheAuthorPublishes()
    {
        var draft = Draft();

        var needs = DraftApproval.NeedsAnotherApprover(true, draft, Author, [Request(draft, DraftReviewStatus.Approved, draft.ContentVersion)]);

        Assert.False(needs);
    }

    [Fact]
    public void NeedsAnotherApprover_DraftSavedAgainAfterTheApproval_TheApprovalNoLongerCounts()
    {
        var draft = Draft();
        var approved = Request(draft, DraftReviewStatus.Approved, draft.ContentVersion);

        draft.ContentVersion = Guid.NewGuid();

        Assert.True(DraftApproval.NeedsAnotherApprover(true, draft, Author, [approved]));
        Assert.False(DraftApproval.IsApproved(draft, [approved]));
    }

    [Fact]
    public void IsApproved_ApprovedByThePersonWhoSavedItLast_DoesNotCount()
    {
        var draft = Draft();

        var approved = DraftApproval.IsApproved(draft, [Request(draft, DraftReviewStatus.Approved, draft.ContentVersion, reviewer: Author)]);

        Assert.False(approved);
    }

    [Fact]
    public void IsApproved_AnApprovalOfAnEarlierDraftOfThePage_DoesNotCount()
    {
        var draft = Draft();
        var earlier = Request(draft, DraftReviewStatus.Approved, draft.ContentVersion);
        earlier.PageDraftId = 6;

        var approved = DraftApproval.IsApproved(draft, [earlier]);

        Assert.False(approved);
    }

    [Fact]
    public void RefusalMessage_AReviewerHasNotAnswered_NamesThem()
    {
        var draft = Draft();

        var message = DraftApproval.RefusalMessage(draft, [Request(draft, DraftReviewStatus.Requested)]);

        Assert.Contains("reviewer-2@test.example has not approved this draft yet", message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusalMessage_ApprovedBeforeTheLastSave_SaysTheApprovalWasForAnEarlierVersion()
    {
        var draft = Draft();
        var approved = Request(draft, DraftReviewStatus.Approved, Guid.NewGuid());

        var message = DraftApproval.RefusalMessage(draft, [approved]);

        Assert.Contains("reviewer-2@test.example approved an earlier version", message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusalMessage_NobodyAsked_SaysToSendItForReviewOrAskAColleague()
    {
        var message = DraftApproval.RefusalMessage(Draft(), []);

        Assert.Equal(PagePublishing.ApprovalMessage, message);
    }
}
