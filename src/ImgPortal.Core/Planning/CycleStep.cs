namespace ImgPortal.Core.Planning;

/// <summary>
/// A step that must be done by a date for the member to enter a Match cycle. <see cref="DueBy"/> is null when the
/// date it hangs on is not announced (then <see cref="DueByText"/> says so); <see cref="DueIsAssumed"/> marks a
/// planning assumption, never an announced date.
/// </summary>
public sealed record CycleStep(
    string Key,
    string Title,
    DateOnly? DueBy,
    string DueByText,
    bool DueIsAssumed,
    string Why,
    bool Done,
    DateOnly? PlannedOn)
{
    /// <summary>The member's own deadline (for the calendar, the roadmap's dates and reminders): only when still ahead and dated.</summary>
    public bool IsOwnDeadline(DateOnly today) => !Done && DueBy is { } due && due >= today;
}
