namespace ImgPortal.Web.Areas.Staff.ViewModels.Pages;

/// <summary>
/// A review form on the draft page that was refused and is shown again (ADR 0102): which comment box it was (by the
/// id of its textarea, which the error summary links to) and the comment as it was typed, so nothing is lost. A form
/// whose write found the database busy comes back the same way, with no error of its own (ADR 0104); for "Send for
/// review" the comment is the note and <paramref name="ReviewerUserId"/> the colleague chosen.
/// </summary>
public sealed record DraftReviewTyped(string Field, string? Comment, string Error, string? ReviewerUserId = null)
{
    /// <summary>The "Send for review" form's note (its input's id).</summary>
    public const string SendField = "review-note";

    public const string ApproveField = "approve-comment";

    public const string ReturnField = "return-comment";

    public const string CommentField = "draft-comment";

    /// <summary>The model-state key the review's comment errors are filed under (Core's <c>Outcome.Invalid("Comment", …)</c>).</summary>
    public const string Key = "Comment";

    /// <summary>The typed comment for the textarea <paramref name="field"/>, if that was the form refused.</summary>
    public string? CommentFor(string field) => Field == field ? Comment : null;

    /// <summary>The refusal to show beside the textarea <paramref name="field"/>, if that was the form refused.</summary>
    public string? ErrorFor(string field) => Field == field && !string.IsNullOrEmpty(Error) ? Error : null;
}
