namespace ImgPortal.Core.SourceWatch;

/// <summary>
/// One source event (its text changed, it moved, it keeps failing) for staff to review: the text before and after
/// (for the word diff) and the items that cited it when the task opened. At most one task is open per source and
/// kind: a later event of the same kind updates the open task's "after" text instead of opening another.
/// </summary>
public class SourceReviewTask
{
    public const int DetailMaxLength = 500;

    public const int NoteMaxLength = 2000;

    public int Id { get; set; }

    public int TrackedSourceId { get; set; }

    public TrackedSource? Source { get; set; }

    public SourceEventKind Kind { get; set; }

    public DateTime OpenedAtUtc { get; set; }

    /// <summary>In words what happened ("moved permanently to …", "404 on 2 checks in a row").</summary>
    public string Detail { get; set; } = string.Empty;

    /// <summary>The source's text before the change (for <see cref="SourceEventKind.TextChanged"/>).</summary>
    public string TextBefore { get; set; } = string.Empty;

    public string TextAfter { get; set; } = string.Empty;

    /// <summary>The citing items when the task opened, as JSON (<see cref="Citation"/> list).</summary>
    public string CitationsJson { get; set; } = "[]";

    public DateTime? ResolvedAtUtc { get; set; }

    public SourceResolution? Resolution { get; set; }

    public string Note { get; set; } = string.Empty;

    public string? ResolvedByUserId { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}
