using ImgPortal.Core.Common;

namespace ImgPortal.Core.Content.Editing;

/// <summary>
/// The unpublished edit of a page: at most one per page. Visitors never see it; publishing copies it onto the
/// <see cref="GuidancePage"/> (the live version), writes a <see cref="PageRevision"/> and removes the draft (ADR 0010).
/// </summary>
public class PageDraft : IVersioned
{
    public int Id { get; set; }

    public int GuidancePageId { get; set; }

    public GuidancePage? Page { get; set; }

    public required string Title { get; set; }

    public required string Summary { get; set; }

    public string BodyMarkdown { get; set; } = string.Empty;

    /// <summary>The sections in order, as JSON (see <see cref="PageContent"/>).</summary>
    public string SectionsJson { get; set; } = "[]";

    /// <summary>When set, the draft is published automatically at this moment (UTC).</summary>
    public DateTime? ScheduledPublishAtUtc { get; set; }

    /// <summary>The note a scheduled publication will carry into its revision.</summary>
    public string ChangeNote { get; set; } = string.Empty;

    public string? UpdatedByUserId { get; set; }

    public string UpdatedByName { get; set; } = string.Empty;

    public DateTime UpdatedAtUtc { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>
    /// Changes each time the text is saved (not when only the schedule changes): a colleague's approval belongs to
    /// this version of the text (see <see cref="DraftApproval"/>).
    /// </summary>
    public Guid ContentVersion { get; set; } = Guid.NewGuid();
}
