namespace ImgPortal.Core.Profiles.Outcomes;

/// <summary>What a member enters for an outcome; the fields another kind uses are ignored.</summary>
public sealed record OutcomeDetails(
    MemberOutcomeKind Kind, DateOnly? OccurredOn, int? InterviewCount, string? Program, string? Specialty, int? MatchYear, string? State);
