using System.Reflection;
using ImgPortal.FunctionalTests.Access;
using ImgPortal.TestSupport;
using ImgPortal.Web.Resilience;

namespace ImgPortal.FunctionalTests.Resilience;

/// <summary>
/// Every POST route of the running portal says what a write blocked by another writer's lock gives back
/// (<see cref="BusyFormFilter"/>, ADR 0104). A new POST action fails this test until it is added to the table.
/// <list type="bullet">
/// <item><c>Tested</c>: the form again as typed, proven by the named test in <see cref="BusyFormsTests"/>, <see cref="BusyDatabaseFormTests"/>,
/// <see cref="BusyReasonFormsTests"/> or <see cref="BusyPageFormsTests"/>.</item>
/// <item><c>RunAgain</c>: a form whose action checks ModelState before it writes, so the filter's second run shows it again
/// (the mechanism those tests prove); no busy test of its own yet.</item>
/// <item><c>NoTypedText</c>: a button (or a page that writes nothing): the 503 page loses nothing typed.</item>
/// <item><c>TextLost</c>: short typed text (a reason, a comment, a note) goes to an action that writes before it could show
/// a form: the 503 page, and the text is lost. Known gaps, named so they stay visible.</item>
/// </list>
/// </summary>
public sealed class BusyFormCoverageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Tested = "Tested";
    private const string RunAgain = "RunAgain";
    private const string NoTypedText = "NoTypedText";
    private const string TextLost = "TextLost";

    /// <summary>Route template → (kind, the proving test for <c>Tested</c>).</summary>
    private static readonly Dictionary<string, (string Kind, string? Test)> Table = new(StringComparer.Ordinal)
    {
        ["/profile"] = (Tested, nameof(BusyDatabaseFormTests.PostProfile_WhileAnotherWriterHoldsTheLock_ShowsTheFormAgainWithWhatWasTypedAnd503)),
        ["/staff/{type:record}/{id:int}"] = (Tested, nameof(BusyDatabaseFormTests.PostStaffRecord_WhileAnotherWriterHoldsTheLock_ShowsTheFormAgainWithWhatWasTypedAnd503)),
        ["/mentoring/volunteer"] = (Tested, nameof(BusyFormsTests.PostVolunteer_WhileAnotherWriterHoldsTheLock_ShowsTheApplicationAgainAsTyped)),
        ["/mentoring/request"] = (Tested, nameof(BusyFormsTests.PostMenteeRequest_WhileAnotherWriterHoldsTheLock_ShowsTheRequestAgainAsTyped)),
        ["/profile/outcomes"] = (Tested, nameof(BusyFormsTests.PostOutcome_WhileAnotherWriterHoldsTheLock_ShowsTheOutcomeFormAgainAsTyped)),
        ["/staff/pages/new"] = (Tested, nameof(BusyFormsTests.PostNewPage_WhileAnotherWriterHoldsTheLock_ShowsTheNewPageFormAgainAsTyped)),
        ["/staff/pages/{id:int}"] = (Tested, nameof(BusyFormsTests.PostPageDraft_WhileAnotherWriterHoldsTheLock_ShowsTheEditorAgainAsTyped)),
        ["/costs/save"] = (Tested, nameof(BusyFormsTests.PostCostPlanSave_WhileAnotherWriterHoldsTheLock_ShowsThePlanAgainUnsaved)),

        ["/alerts"] = (RunAgain, null),
        ["/profile/outcomes/{id:int}"] = (RunAgain, null),
        ["/j1-waiver/timeline"] = (RunAgain, null),
        ["/roadmap/steps"] = (RunAgain, null),
        ["/mentoring/application"] = (RunAgain, null),
        ["/mentoring/requests/{id:int}"] = (RunAgain, null),
        ["/mentoring/pairings/{id:int}/feedback"] = (RunAgain, null),
        ["/mentoring/pairings/{id:int}/accept-with-agreement"] = (RunAgain, null),
        ["/mentoring/pairings/{id:int}/agreement"] = (RunAgain, null),
        ["/mentoring/pairings/{id:int}/log"] = (RunAgain, null),
        ["/mentoring/log/{entryId:int}/edit"] = (RunAgain, null),
        ["/staff/sources/tasks/{id:int}/resolve"] = (RunAgain, null),
        ["/staff/mentors/{id:int}"] = (RunAgain, null),
        ["/staff/pages/{id:int}/settings"] = (RunAgain, null),
        ["/staff/pages/{id:int}/reviewed"] = (RunAgain, null),
        ["/staff/pages/{id:int}/sections/{row:int}/move/{direction:regex(^(up|down)$)}"] = (RunAgain, null),

        ["/state-pathways/check"] = (NoTypedText, "writes nothing: the answers are shown, not saved"),
        ["/staff/markdown-preview"] = (NoTypedText, "writes nothing"),
        ["/programs/{key}/shortlist"] = (NoTypedText, "button"),
        ["/programs/{key}/shortlist/remove"] = (NoTypedText, "button"),
        ["/programs/confirm/{token}"] = (NoTypedText, "button: confirm as shown"),
        ["/alerts/unsubscribe"] = (NoTypedText, "button"),
        ["/profile/outcomes/{id:int}/delete"] = (NoTypedText, "button"),
        ["/roadmap/calendar-feed"] = (NoTypedText, "button"),
        ["/roadmap/calendar-feed/revoke"] = (NoTypedText, "button"),
        ["/mentoring/requests/{id:int}/withdraw"] = (NoTypedText, "button"),
        ["/mentoring/requests/{id:int}/choose"] = (NoTypedText, "button"),
        ["/mentoring/pairings/{id:int}/accept"] = (NoTypedText, "button"),
        ["/mentoring/pairings/{id:int}/agreement/confirm"] = (NoTypedText, "button"),
        ["/mentoring/pairings/{id:int}/share-roadmap"] = (NoTypedText, "button"),
        ["/mentoring/log/{entryId:int}/delete"] = (NoTypedText, "button"),
        ["/mentoring/log/{entryId:int}/done"] = (NoTypedText, "button"),
        ["/staff/lca"] = (NoTypedText, "a file upload: the file is chosen again"),
        ["/staff/lca/matches/confirm"] = (NoTypedText, "button"),
        ["/staff/lca/matches/reject"] = (NoTypedText, "button"),
        ["/staff/programs/confirmations/{id:int}/remind"] = (NoTypedText, "button"),
        ["/staff/programs/confirmations/{id:int}/accept"] = (NoTypedText, "button"),
        ["/staff/mail/failed/{id:guid}/retry"] = (NoTypedText, "button"),
        ["/staff/mentoring/settings"] = (NoTypedText, "one checkbox"),
        ["/staff/mentors/{id:int}/check/{item}"] = (NoTypedText, "button"),
        ["/staff/requests/{id:int}/pair"] = (NoTypedText, "button"),
        ["/staff/pages/{id:int}/discard"] = (NoTypedText, "button"),
        ["/staff/pages/{id:int}/reinstate"] = (NoTypedText, "button"),
        ["/staff/pages/{id:int}/history/{number:int}/restore"] = (NoTypedText, "button"),
        ["/staff/{type:record}/{id:int}/delete"] = (NoTypedText, "button"),
        ["/staff/users/{id}/grant"] = (NoTypedText, "button"),
        ["/staff/users/{id}/remove"] = (NoTypedText, "button"),
        ["/staff/users/{id}/lock"] = (NoTypedText, "button"),
        ["/staff/users/{id}/unlock"] = (NoTypedText, "button"),

        ["/programs/confirm/{token}/changes"] = (Tested, nameof(BusyReasonFormsTests.PostCoordinatorChanges_WhileAnotherWriterHoldsTheLock_ShowsTheProposalAgainAsTyped)),
        ["/mentoring/pairings/{id:int}/decline"] = (Tested, nameof(BusyReasonFormsTests.PostPairingDecline_WhileAnotherWriterHoldsTheLock_ShowsThePairingAgainWithTheReasonTyped)),
        ["/mentoring/pairings/{id:int}/end"] = (Tested, nameof(BusyReasonFormsTests.PostPairingEnd_WhileAnotherWriterHoldsTheLock_ShowsTheConfirmStepAgainWithTheReasonTyped)),
        ["/mentoring/pairings/{id:int}/close"] = (Tested, nameof(BusyReasonFormsTests.PostPairingClose_WhileAnotherWriterHoldsTheLock_ShowsTheConfirmStepAgainWithTheReasonTyped)),
        ["/staff/programs/confirmations/send"] = (Tested, nameof(BusyReasonFormsTests.PostStaffConfirmationSend_WhileAnotherWriterHoldsTheLock_ShowsTheOverviewAgainWithTheAddressTyped)),
        ["/staff/programs/confirmations/{id:int}/reject"] = (Tested, nameof(BusyReasonFormsTests.PostStaffConfirmationReject_WhileAnotherWriterHoldsTheLock_ShowsTheReviewAgainWithTheReasonTyped)),
        ["/staff/mentors/{id:int}/status"] = (Tested, nameof(BusyReasonFormsTests.PostMentorStatus_WhileAnotherWriterHoldsTheLock_ShowsTheMentorAgainWithTheReasonTyped)),
        ["/staff/pairings/{id:int}/cancel"] = (Tested, nameof(BusyReasonFormsTests.PostStaffPairingCancel_WhileAnotherWriterHoldsTheLock_ShowsTheRequestAgainWithTheProposalStillOpen)),
        ["/staff/pairings/{id:int}/end"] = (Tested, nameof(BusyReasonFormsTests.PostStaffPairingEnd_WhileAnotherWriterHoldsTheLock_ShowsTheRequestAgainWithTheReasonTyped)),
        ["/staff/pages/{id:int}/publish"] = (Tested, nameof(BusyPageFormsTests.PostPublish_WhileAnotherWriterHoldsTheLock_ShowsTheEditorAgainWithTheChangeNote)),
        ["/staff/pages/{id:int}/schedule"] = (Tested, nameof(BusyPageFormsTests.PostSchedule_WhileAnotherWriterHoldsTheLock_ShowsTheEditorAgainWithTheTimeAndChangeNote)),
        ["/staff/pages/{id:int}/retire"] = (Tested, nameof(BusyPageFormsTests.PostRetire_WhileAnotherWriterHoldsTheLock_ShowsTheSettingsAgainWithTheRedirectAddress)),
        ["/staff/pages/{id:int}/draft-review"] = (Tested, nameof(BusyPageFormsTests.PostSendForReview_WhileAnotherWriterHoldsTheLock_ShowsTheDraftAgainWithTheColleagueAndNote)),
        ["/staff/pages/{id:int}/draft-review/comments"] = (Tested, nameof(BusyPageFormsTests.PostDraftComment_WhileAnotherWriterHoldsTheLock_ShowsTheDraftAgainWithTheComment)),
        ["/staff/pages/{id:int}/draft-review/approve"] = (Tested, nameof(BusyPageFormsTests.PostApproveDraft_WhileAnotherWriterHoldsTheLock_ShowsTheDraftAgainWithTheComment)),
        ["/staff/pages/{id:int}/draft-review/return"] = (Tested, nameof(BusyPageFormsTests.PostReturnDraft_WhileAnotherWriterHoldsTheLock_ShowsTheDraftAgainWithTheComment)),
    };

    [Fact]
    public void EveryPostRoute_SaysWhatABusyWriteGivesBack()
    {
        var posts = PortalEndpoints.Discover(factory).Where(e => e.Method == "POST").Select(e => e.Route).ToList();

        var unlisted = posts.Where(route => !Table.ContainsKey(route)).ToList();
        var gone = Table.Keys.Where(route => !posts.Contains(route)).ToList();

        Assert.True(unlisted.Count == 0, "Say what a busy write gives back for: " + string.Join(", ", unlisted));
        Assert.True(gone.Count == 0, "No longer routes: " + string.Join(", ", gone));
    }

    [Fact]
    public void EveryTestedRoute_NamesABusyTestThatExists()
    {
        var tests = new[] { typeof(BusyFormsTests), typeof(BusyDatabaseFormTests), typeof(BusyReasonFormsTests), typeof(BusyPageFormsTests) }
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            .Where(m => m.GetCustomAttribute<FactAttribute>() is not null)
            .Select(m => m.Name)
            .ToHashSet(StringComparer.Ordinal);

        foreach (var (route, (kind, test)) in Table)
        {
            Assert.True(kind is Tested or RunAgain or NoTypedText or TextLost, route);
            if (kind == Tested)
            {
                Assert.True(test is not null && tests.Contains(test), $"{route}: no busy test named {test}");
            }
            else if (kind is NoTypedText or TextLost)
            {
                Assert.False(string.IsNullOrWhiteSpace(test), $"{route}: say why");
            }
        }
    }
}
