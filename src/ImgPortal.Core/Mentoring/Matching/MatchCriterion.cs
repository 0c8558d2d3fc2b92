namespace ImgPortal.Core.Mentoring.Matching;

/// <summary>One thing the match score counts, in staff's words, and the points it gives.</summary>
public sealed record MatchCriterion(string Description, string Points);
