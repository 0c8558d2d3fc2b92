using System.Net;
using AngleSharp.Html.Dom;
using ImgPortal.Core.Common;
using ImgPortal.Core.Content.Editing;
using ImgPortal.FunctionalTests.Staff;
using ImgPortal.TestSupport;
using ImgPortal.Web.Resilience;
using Microsoft.EntityFrameworkCore;
using static ImgPortal.FunctionalTests.Mentoring.MentoringSteps;

namespace ImgPortal.FunctionalTests.Resilience;

/// <summary>
/// The page editor's small forms (publish, schedule, retire) and the draft's review panel (send, comment, approve,
/// return), posted while another writer holds the lock past <c>Database:BusyTimeoutSeconds</c>: the page holding the
/// form comes back with what was typed in its field, the busy message and 503 with Retry-After; nothing is saved. Each
/// action registers its page with <see cref="BusyFormFilter.ShowFormAgainWhenBusy"/> (ADR 0104).
/// </summary>
public sealed class BusyPageFormsTests : IDisposable
{
    private const string Editor = "#page-editor";

    private readonly PortalFactory _factory = new PortalFactory().With("Database:BusyTimeoutSeconds", "1");

    [Fact]
    public async Task PostPublish_WhileAnotherWriterHoldsTheLock_ShowsTheEditorAgainWithTheChangeNote()
    {
        var staff = await PortalClient.AsRoleAsync(_factory, Roles.Staff);
        var (id, draft) = await DraftAsync(staff, "echo", "Echo, published while busy");

        var page = await BusyPage.WhileLockedAsync(_factory, () => draft.SubmitAsync(staff, new Dictionary<string, string> { ["changeNote"] = "Busy hour change note" }, "#publish-form"));

        BusyPage.AssertShownAgain(page, ("#publish-note", "Busy hour change note"));
        Assert.False(await QueryAsync(_factory, db => db.PageRevisions.AnyAsync(r => r.GuidancePageId == id && r.ChangeNote == "Busy hour change note")));
        Assert.NotEqual("Echo, published while busy", (await HtmlPage.GetAsync(PortalClient.Anonymous(_factory), "/echo")).Heading);
    }

    [Fact]
    public async Task PostSchedule_WhileAnotherWriterHoldsTheLock_ShowsTheEditorAgainWithTheTimeAndChangeNote()
    {
        var staff = await PortalClient.AsRoleAsync(_factory, Roles.Staff);
        var (id, draft) = await DraftAsync(staff, "echo", "Echo, scheduled while busy");

        var page = await BusyPage.WhileLockedAsync(_factory, () => draft.SubmitAsync(staff, new Dictionary<string, string>
        {
            ["PublishAt"] = "2030-03-04T09:15",
            ["ChangeNote"] = "Busy hour schedule note",
        }, "#schedule-form"));

        BusyPage.AssertShownAgain(page, ("#PublishAt", "2030-03-04T09:15"), ("#schedule-note", "Busy hour schedule note"));
        Assert.Null(await QueryAsync(_factory, db => db.PageDrafts.Where(d => d.GuidancePageId == id).Select(d => d.ScheduledPublishAtUtc).SingleAsync()));
    }

    [Fact]
    public async Task PostRetire_WhileAnotherWriterHoldsTheLock_ShowsTheSettingsAgainWithTheRedirectAddress()
    {
        var staff = await PortalClient.AsRoleAsync(_factory, Roles.Staff);
        var id = await StaffForms.PageIdAsync(staff, "echo");
        var settings = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}/settings");

        var page = await BusyPage.WhileLockedAsync(_factory, () => settings.SubmitAsync(staff, new Dictionary<string, string> { ["redirectTo"] = "/j1-waiver" }, "#retire-form"));

        BusyPage.AssertShownAgain(page, ("#redirectTo", "/j1-waiver"));
        Assert.Null(await QueryAsync(_factory, db => db.GuidancePages.Where(p => p.Id == id).Select(p => p.RetiredAtUtc).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await HtmlPage.GetAsync(PortalClient.Anonymous(_factory), "/echo")).Status);
    }

    [Fact]
    public async Task PostSendForReview_WhileAnotherWriterHoldsTheLock_ShowsTheDraftAgainWithTheColleagueAndNote()
    {
        var staff = await PortalClient.AsRoleAsync(_factory, Roles.Staff);
        var reviewerId = await _factory.CreateUserAsync($"reviewer-{Guid.NewGuid():N}@test.example", Roles.Staff);
        var (id, draft) = await DraftAsync(staff, "echo", "Echo, sent while busy");

        var page = await BusyPage.WhileLockedAsync(_factory, () => draft.SubmitAsync(staff, new Dictionary<string, string>
        {
            ["reviewerUserId"] = reviewerId,
            ["note"] = "Busy hour note to the reviewer",
        }, "#send-review-form"));

        BusyPage.AssertShownAgain(page, ("#review-colleague", reviewerId), ("#review-note", "Busy hour note to the reviewer"));
        Assert.False(await QueryAsync(_factory, db => db.DraftReviewRequests.AnyAsync(r => r.GuidancePageId == id)));
    }

    [Fact]
    public async Task PostDraftComment_WhileAnotherWriterHoldsTheLock_ShowsTheDraftAgainWithTheComment()
    {
        var staff = await PortalClient.AsRoleAsync(_factory, Roles.Staff);
        var (id, draft) = await DraftAsync(staff, "echo", "Echo, commented while busy");

        var page = await BusyPage.WhileLockedAsync(_factory, () => draft.SubmitAsync(staff, new Dictionary<string, string> { ["comment"] = "Busy hour comment" }, "#comment-form"));

        BusyPage.AssertShownAgain(page, ("#draft-comment", "Busy hour comment"));
        Assert.False(await QueryAsync(_factory, db => db.DraftComments.AnyAsync(c => c.GuidancePageId == id)));
    }

    [Fact]
    public async Task PostApproveDraft_WhileAnotherWriterHoldsTheLock_ShowsTheDraftAgainWithTheComment()
    {
        var (reviewer, id, opened) = await AskedToReviewAsync("Echo, approved while busy");

        var page = await BusyPage.WhileLockedAsync(_factory, () => opened.SubmitAsync(reviewer, new Dictionary<string, string> { ["comment"] = "Busy hour approval comment" }, "#approve-form"));

        BusyPage.AssertShownAgain(page, ("#approve-comment", "Busy hour approval comment"));
        Assert.Equal(DraftReviewStatus.Requested, await QueryAsync(_factory, db => db.DraftReviewRequests.Where(r => r.GuidancePageId == id).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task PostReturnDraft_WhileAnotherWriterHoldsTheLock_ShowsTheDraftAgainWithTheComment()
    {
        var (reviewer, id, opened) = await AskedToReviewAsync("Echo, returned while busy");

        var page = await BusyPage.WhileLockedAsync(_factory, () => opened.SubmitAsync(reviewer, new Dictionary<string, string> { ["comment"] = "Busy hour return comment" }, "#return-form"));

        BusyPage.AssertShownAgain(page, ("#return-comment", "Busy hour return comment"));
        Assert.Equal(DraftReviewStatus.Requested, await QueryAsync(_factory, db => db.DraftReviewRequests.Where(r => r.GuidancePageId == id).Select(r => r.Status).SingleAsync()));
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>The page <paramref name="slug"/> with a saved draft titled <paramref name="title"/>: the editor after the save.</summary>
    private static async Task<(int Id, HtmlPage Draft)> DraftAsync(HttpClient staff, string slug, string title)
    {
        var id = await StaffForms.PageIdAsync(staff, slug);
        var editor = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}");
        var draft = await editor.SubmitAllAsync(staff, Editor, new Dictionary<string, string> { ["Input.Title"] = title });
        return (id, draft);
    }

    /// <summary>A draft another staff member sent to a new colleague for review: the colleague, the page and its editor as they see it.</summary>
    private async Task<(HttpClient Reviewer, int Id, HtmlPage Opened)> AskedToReviewAsync(string title)
    {
        var author = await PortalClient.AsRoleAsync(_factory, Roles.Staff);
        var email = $"reviewer-{Guid.NewGuid():N}@test.example";
        var reviewerId = await _factory.CreateUserAsync(email, Roles.Staff);
        var reviewer = PortalClient.Anonymous(_factory);
        await PortalClient.LogInAsync(reviewer, email, PortalFactory.Password);
        var (id, draft) = await DraftAsync(author, "echo", title);
        await draft.SubmitAsync(author, new Dictionary<string, string> { ["reviewerUserId"] = reviewerId }, "#send-review-form");
        var opened = await HtmlPage.GetAsync(reviewer, $"/staff/pages/{id}");
        Assert.NotNull(opened.Document.QuerySelector("#approve-form"));
        return (reviewer, id, opened);
    }

}
