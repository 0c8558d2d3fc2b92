namespace ImgPortal.Core.Content.Editing;

/// <summary>A page in the review queue: when it falls due, whose it is, and where it stands.</summary>
public sealed record ReviewQueueRow(
    int Id, string Slug, string Title, string OwnerName, DateOnly LastReviewedOn, DateOnly DueOn, ReviewStatus Status);
