using ImgPortal.Core.Accounts;

namespace ImgPortal.Core.Content.Editing;

/// <summary>
/// The review of a page's draft, for the draft page (ADR 0093): who was asked and what they answered, the comments,
/// the colleagues one may ask, and the request addressed to the signed-in person, if any.
/// </summary>
public sealed record DraftReviewPanel(
    int PageId,
    bool HasDraft,
    string VersionToken,
    IReadOnlyList<DraftReviewRow> Requests,
    IReadOnlyList<DraftCommentRow> Comments,
    IReadOnlyList<StaffMember> Colleagues,
    DraftReviewRow? Mine,
    bool SavedLastByMe);
