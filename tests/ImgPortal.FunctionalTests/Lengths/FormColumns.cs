using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Applications;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Mentoring.Requests;
using ImgPortal.Core.Profiles;
using ImgPortal.Web.Areas.Staff.ViewModels.Mentoring;
using ImgPortal.Web.Areas.Staff.ViewModels.Pages;
using ImgPortal.Web.Areas.Staff.ViewModels.ProgramConfirmations;
using ImgPortal.Web.Areas.Staff.ViewModels.Sources;
using ImgPortal.Web.ViewModels.Mentoring;
using ImgPortal.Web.ViewModels.Profiles;
using ImgPortal.Web.ViewModels.StatePathways;
using ImgPortal.Web.ViewModels.Waivers;

namespace ImgPortal.FunctionalTests.Lengths;

/// <summary>
/// Which entity each form's input model writes: one line per input model. A property is matched to the
/// entity's property of the same name; <see cref="Elsewhere"/> names the few that land under another name.
/// <see cref="FieldLengthTests"/> fails for a form-bound model with no line here. The structured records
/// (Core/Records) declare their fields and lengths themselves and are checked field by field.
/// </summary>
public static class FormColumns
{
    public static readonly IReadOnlyDictionary<Type, Type> Models = new Dictionary<Type, Type>
    {
        [typeof(ProfileInputModel)] = typeof(ImgProfile),
        [typeof(VolunteerInputModel)] = typeof(Mentor),
        [typeof(OwnApplicationInputModel)] = typeof(Mentor),
        [typeof(MentorEditInputModel)] = typeof(Mentor),
        [typeof(MenteeRequestInputModel)] = typeof(MenteeRequest),
        [typeof(FeedbackInputModel)] = typeof(PairingFeedback),
        [typeof(LicenseInputModel)] = typeof(MentorLicense),
        [typeof(PageEditInput)] = typeof(GuidancePage),
        [typeof(SectionInput)] = typeof(PageSection),
        [typeof(ScheduleInput)] = typeof(PageDraft),
        [typeof(NewPageInput)] = typeof(GuidancePage),
        [typeof(PageSettingsInput)] = typeof(GuidancePage),
        [typeof(ReviewFormInput)] = typeof(PageReview),
        [typeof(WaiverTimelineInputModel)] = typeof(Core.Waivers.WaiverTimelinePlan),
        [typeof(AgreementInputModel)] = typeof(Core.Mentoring.Agreements.MentoringAgreement),
        [typeof(LogEntryInputModel)] = typeof(Core.Mentoring.Log.PairingLogEntry),
        [typeof(Web.ViewModels.Outcomes.OutcomeInputModel)] = typeof(Core.Profiles.Outcomes.MemberOutcome),
        [typeof(Web.ViewModels.Alerts.AlertsInputModel)] = typeof(Core.Alerts.AlertSubscription),
        [typeof(Web.ViewModels.Lca.LcaMatchInput)] = typeof(Core.Programs.Lca.LcaEmployerMatch),
        [typeof(SourceTaskInput)] = typeof(Core.SourceWatch.SourceReviewTask),
        [typeof(SendConfirmationInput)] = typeof(Core.Programs.Confirmations.ProgramConfirmationRequest),
        [typeof(RejectProposalInput)] = typeof(Core.Programs.Confirmations.ProgramConfirmationRequest),
    };

    /// <summary>Input models whose answers are never stored (the state pathway self-check): no column to match.</summary>
    public static readonly IReadOnlySet<Type> NotStoredModels = new HashSet<Type> { typeof(SelfCheckInputModel) };

    /// <summary>
    /// Form values stored under another name, or one entry of a typed list per row (the length that counts is
    /// then each entry's); and form values that are not stored as text at all (null column).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, (Type Entity, string Column, int EntryLength)?> Elsewhere =
        new Dictionary<string, (Type, string, int)?>(StringComparer.Ordinal)
        {
            ["ProfileInputModel.Languages"] = (typeof(ProfileTag), nameof(ProfileTag.Value), ProfileRules.MaxLanguageLength),
            ["VolunteerInputModel.TrainingCountries"] = (typeof(MentorTrainingCountry), nameof(MentorTrainingCountry.Country), MentoringCatalog.MaxCountryLength),
            ["OwnApplicationInputModel.TrainingCountries"] = (typeof(MentorTrainingCountry), nameof(MentorTrainingCountry.Country), MentoringCatalog.MaxCountryLength),
            ["MentorEditInputModel.TrainingCountries"] = (typeof(MentorTrainingCountry), nameof(MentorTrainingCountry.Country), MentoringCatalog.MaxCountryLength),

            // A suggested match's employer and institution, stored by their normalized names.
            ["LcaMatchInput.Employer"] = (typeof(Core.Programs.Lca.LcaEmployerMatch), nameof(Core.Programs.Lca.LcaEmployerMatch.NormalizedEmployer), 0),
            ["LcaMatchInput.Institution"] = (typeof(Core.Programs.Lca.LcaEmployerMatch), nameof(Core.Programs.Lca.LcaEmployerMatch.InstitutionName), 0),

            // Why staff rejected a coordinator's proposal (ADR 0083).
            ["RejectProposalInput.Reason"] = (typeof(Core.Programs.Confirmations.ProgramConfirmationRequest), nameof(Core.Programs.Confirmations.ProgramConfirmationRequest.ReviewNote), 0),

            // A version or a reference to a fixed list: checked against the list, never stored as typed text.
            ["PageEditInput.BaseVersion"] = null,
            ["ScheduleInput.BaseVersion"] = null,
            ["PageSettingsInput.PageVersion"] = null,
            ["PageSettingsInput.OwnerUserId"] = null,
        };

    /// <summary>Simple action parameters a form posts as text, and the column each one fills.</summary>
    public static readonly IReadOnlyDictionary<string, (Type Entity, string Column)> Parameters =
        new Dictionary<string, (Type, string)>(StringComparer.Ordinal)
        {
            ["PairingController.Decline.reason"] = (typeof(Pairing), nameof(Pairing.Reason)),
            ["PairingController.Close.reason"] = (typeof(Pairing), nameof(Pairing.Reason)),
            ["PairingsController.Cancel.reason"] = (typeof(Pairing), nameof(Pairing.Reason)),
            ["PairingsController.End.reason"] = (typeof(Pairing), nameof(Pairing.Reason)),
            ["MentorsController.Status.reason"] = (typeof(Mentor), nameof(Mentor.StatusReason)),
            ["PagesController.Publish.changeNote"] = (typeof(PageRevision), nameof(PageRevision.ChangeNote)),
            ["PagesController.Retire.redirectTo"] = (typeof(GuidancePage), nameof(GuidancePage.RetiredRedirectTo)),
            ["DraftReviewsController.Send.reviewerUserId"] = (typeof(DraftReviewRequest), nameof(DraftReviewRequest.ReviewerUserId)),
            ["DraftReviewsController.Send.note"] = (typeof(DraftComment), nameof(DraftComment.Text)),
            ["DraftReviewsController.Comment.comment"] = (typeof(DraftComment), nameof(DraftComment.Text)),
            ["DraftReviewsController.Approve.comment"] = (typeof(DraftComment), nameof(DraftComment.Text)),
            ["DraftReviewsController.Return.comment"] = (typeof(DraftComment), nameof(DraftComment.Text)),
            ["ProgramConfirmationController.Propose.note"] = (typeof(Core.Programs.Confirmations.ProgramConfirmationRequest), nameof(Core.Programs.Confirmations.ProgramConfirmationRequest.Note)),
        };

    /// <summary>Text action parameters that pick something (a route segment checked against a fixed list), never stored.</summary>
    public static readonly IReadOnlySet<string> NotStored = new HashSet<string>(StringComparer.Ordinal)
    {
        "RecordsController.Edit.type",
        "RecordsController.Delete.type",

        // The live preview's draft text is rendered and returned, never stored; capped by MarkdownPreviewController.MaxLength.
        "MarkdownPreviewController.Render.markdown",

        // An unsubscribe link's signed token and its confirm button: checked by Data Protection, never stored.
        "AlertsController.Unsubscribe.token",
        "AlertsController.Unsubscribe.confirmed",

        // A program coordinator's signed link (ADR 0083): checked by Data Protection, never stored.
        "ProgramConfirmationController.Confirm.token",
        "ProgramConfirmationController.Propose.token",

        // Where the shortlist buttons return to: a local path checked before the redirect, never stored.
        "ProgramsController.Save.returnTo",
        "ProgramsController.Remove.returnTo",
    };
}
