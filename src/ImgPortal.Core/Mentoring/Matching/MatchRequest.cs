namespace ImgPortal.Core.Mentoring.Matching;

/// <summary>What matching knows of a mentee's request.</summary>
public sealed record MatchRequest(
    HelpAreas HelpAreas, string? Specialty, string? Language, string? CountryOfTraining, string? State, string? County);
