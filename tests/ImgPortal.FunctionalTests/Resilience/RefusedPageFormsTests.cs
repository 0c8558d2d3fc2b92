using System.Net;
using ImgPortal.Core.Common;
using ImgPortal.Core.Content.Editing;
using ImgPortal.FunctionalTests.Staff;
using ImgPortal.TestSupport;
using Microsoft.EntityFrameworkCore;
using static ImgPortal.FunctionalTests.Mentoring.MentoringSteps;

namespace ImgPortal.FunctionalTests.Resilience;

/// <summary>
/// The page editor's publish, schedule and send-for-review forms refused by a rule, not by a busy database (<see cref="BusyPageFormsTests"/>):
/// the editor comes back with status 400, the message (under the field when it has one), the time and note as typed, and
/// nothing published, scheduled or sent (issue 25, ADR 0117). The portal requires a second approver, so publishing one's own
/// draft is refused.
/// </summary>
public sealed class RefusedPageFormsTests(ApprovalPortalFactory factory) : IClassFixture<ApprovalPortalFactory>
{
    private const string Editor = "#page-editor";

    [Fact]
    public async Task Publish_OwnDraftWithoutAnApproval_ShowsTheEditorAgainWithTheMessageAndKeepsTheNoteTyped()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var (id, draft) = await DraftAsync(staff, "Echo, refused publication");

        var shown = await draft.SubmitAsync(staff, new Dictionary<string, string> { ["changeNote"] = "Refused publish note" }, "#publish-form");

        Assert.Equal(HttpStatusCode.BadRequest, shown.Status);
        Assert.Contains(PagePublishing.ApprovalMessage, shown.ValidationMessages);
        Assert.Equal("Refused publish note", BusyPage.ValueOf(shown, "#publish-note"));
        Assert.False(await QueryAsync(factory, db => db.PageRevisions.AnyAsync(r => r.GuidancePageId == id && r.ChangeNote == "Refused publish note")));
    }

    [Fact]
    public async Task Schedule_TimeInTheSkippedHour_ShowsTheEditorAgainWithTheMessageUnderTheTimeAndKeepsTheNoteTyped()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var (id, draft) = await DraftAsync(staff, "Echo, refused schedule");

        // 2:30 AM on the second Sunday of March does not exist in New York time: the clocks skip that hour.
        var shown = await draft.SubmitAsync(staff, new Dictionary<string, string>
        {
            ["PublishAt"] = "2030-03-10T02:30",
            ["ChangeNote"] = "Refused schedule note",
        }, "#schedule-form");

        Assert.Equal(HttpStatusCode.BadRequest, shown.Status);
        var message = FieldMessage(shown);
        Assert.StartsWith("2:30 AM on March 10, 2030 does not exist in", message, StringComparison.Ordinal);
        Assert.Contains(message, shown.ValidationMessages);
        Assert.NotNull(shown.Document.QuerySelector("#error-summary a[href='#PublishAt']"));
        Assert.Equal("2030-03-10T02:30", BusyPage.ValueOf(shown, "#PublishAt"));
        Assert.Equal("Refused schedule note", BusyPage.ValueOf(shown, "#schedule-note"));
        var (at, note) = await ScheduleAsync(id);
        Assert.Null(at);
        Assert.NotEqual("Refused schedule note", note);
    }

    [Fact]
    public async Task Schedule_UnreadableTime_ShowsTheEditorAgainAndNothingIsScheduledOrCancelled()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var (id, draft) = await DraftAsync(staff, "Echo, unreadable schedule");

        var shown = await draft.SubmitAsync(staff, new Dictionary<string, string>
        {
            ["PublishAt"] = "next Tuesday",
            ["ChangeNote"] = "Unreadable schedule note",
        }, "#schedule-form");

        Assert.Equal(HttpStatusCode.BadRequest, shown.Status);
        Assert.Contains("next Tuesday", FieldMessage(shown), StringComparison.Ordinal);
        Assert.Equal("Unreadable schedule note", BusyPage.ValueOf(shown, "#schedule-note"));
        var (at, note) = await ScheduleAsync(id);
        Assert.Null(at);
        Assert.NotEqual("Unreadable schedule note", note);
    }

    [Fact]
    public async Task SendForReview_NoColleagueChosen_ShowsTheDraftAgainWithTheMessageAndKeepsTheNoteTyped()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var (id, draft) = await DraftAsync(staff, "Echo, refused review request");

        var shown = await draft.SubmitAsync(staff, new Dictionary<string, string>
        {
            ["reviewerUserId"] = string.Empty,
            ["note"] = "Refused note to the reviewer",
        }, "#send-review-form");

        Assert.Equal(HttpStatusCode.BadRequest, shown.Status);
        Assert.Contains("Not sent: choose the colleague who should review the draft from the staff listed.", shown.ValidationMessages);
        Assert.Equal("Refused note to the reviewer", BusyPage.ValueOf(shown, "#review-note"));
        Assert.False(await QueryAsync(factory, db => db.DraftReviewRequests.AnyAsync(r => r.GuidancePageId == id)));
    }

    /// <summary>The message shown under a field of the schedule form.</summary>
    private static string FieldMessage(HtmlPage page) =>
        page.Document.QuerySelector("#schedule-form .field-validation-error") is { } message ? HtmlPage.Fold(message.TextContent) : string.Empty;

    /// <summary>The draft's scheduled time and its note as saved.</summary>
    private async Task<(DateTime? At, string? Note)> ScheduleAsync(int id)
    {
        var draft = await QueryAsync(factory, db => db.PageDrafts.AsNoTracking().SingleAsync(d => d.GuidancePageId == id));
        return (draft.ScheduledPublishAtUtc, draft.ChangeNote);
    }

    /// <summary>The page "echo" with a draft saved by <paramref name="staff"/>: the editor after the save.</summary>
    private static async Task<(int Id, HtmlPage Draft)> DraftAsync(HttpClient staff, string title)
    {
        var id = await StaffForms.PageIdAsync(staff, "echo");
        var editor = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}");
        var draft = await editor.SubmitAllAsync(staff, Editor, new Dictionary<string, string> { ["Input.Title"] = title });
        return (id, draft);
    }
}
