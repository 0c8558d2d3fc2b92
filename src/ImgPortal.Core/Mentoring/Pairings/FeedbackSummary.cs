namespace ImgPortal.Core.Mentoring.Pairings;

/// <summary>The program's feedback in aggregate: how many answers and their average rating (null with none).</summary>
public sealed record FeedbackSummary(int Count, double? AverageRating, int FromMentees, int FromMentors);
