using ImgPortal.Core.Common;

namespace ImgPortal.Core.Profiles;

/// <summary>One step of the residency roadmap, defined by staff (seeded). Members' states hang off it.</summary>
public class RoadmapStep : IVersioned
{
    public int Id { get; set; }

    /// <summary>Stable identifier; the derivation rules (<see cref="RoadmapRules"/>) recognise some keys.</summary>
    public required string Key { get; set; }

    public required string Title { get; set; }

    public string Description { get; set; } = string.Empty;

    public int SortOrder { get; set; }

    public RoadmapStage Stage { get; set; }

    /// <summary>The guidance page that explains the step (e.g. <c>residency</c>), or empty.</summary>
    public string GuidanceSlug { get; set; } = string.Empty;

    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>A state a member set by hand, for a step their profile cannot decide.</summary>
public class MemberStepState
{
    public required string UserId { get; set; }

    public int RoadmapStepId { get; set; }

    public StepState State { get; set; }

    public DateTime UpdatedAtUtc { get; set; }
}

/// <summary>The roadmap's stages, in order. A member stands at the stage of their first unfinished step.</summary>
public enum RoadmapStage
{
    Exams,
    Certification,
    Application,
    Match,
    Residency,
    Complete,
}

public enum StepState
{
    NotStarted,
    InProgress,
    Done,
    NotApplicable,
}

/// <summary>A date of the Match season (staff-editable, seeded), shown on every roadmap and in the calendar.</summary>
public class SeasonDate : IVersioned
{
    public int Id { get; set; }

    public required string Title { get; set; }

    public DateOnly Date { get; set; }

    public SeasonDateKind Kind { get; set; }

    /// <summary>The Match year the date belongs to, e.g. <c>2027</c> for residencies starting in July 2027.</summary>
    public int Cycle { get; set; }

    public string Notes { get; set; } = string.Empty;

    public Guid Version { get; set; } = Guid.NewGuid();
}

public enum SeasonDateKind
{
    Opens,
    Deadline,
    Match,
    Start,
}

/// <summary>A reminder e-mail that was sent: the unique (UserId, ReminderKey) makes each one go once (ADR 0008).</summary>
public class ReminderLog
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    public required string ReminderKey { get; set; }

    public DateTime SentAtUtc { get; set; }
}

/// <summary>
/// A login as Core may see it (a projection of the Identity user): id and address, nothing else. A class with
/// init properties, not a positional record, so EF Core can translate filters and joins on it.
/// </summary>
public sealed class MemberAccount
{
    public required string UserId { get; init; }

    public required string Email { get; init; }

    public bool EmailConfirmed { get; init; }
}
