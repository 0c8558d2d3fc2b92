namespace ImgPortal.Core.Profiles.Outcomes;

/// <summary>
/// An outcome a member reported, private to them and staff. Only the fields of its <see cref="Kind"/> are set.
/// Once the account is deleted, <see cref="UserId"/> is the anonymous id their mentoring history carries (ADR 0047),
/// so the program's figures still count it.
/// </summary>
public class MemberOutcome
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    public MemberOutcomeKind Kind { get; set; }

    /// <summary>When it happened (the offers came, the Match, the waiver, the license).</summary>
    public DateOnly OccurredOn { get; set; }

    public int? InterviewCount { get; set; }

    public string? Program { get; set; }

    public string? Specialty { get; set; }

    public int? MatchYear { get; set; }

    /// <summary>The licensing state's two-letter code.</summary>
    public string? State { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }
}
