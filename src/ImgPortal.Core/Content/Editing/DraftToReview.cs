namespace ImgPortal.Core.Content.Editing;

/// <summary>
/// A draft waiting for the signed-in person's review, for their to-do list. <paramref name="ChangedSinceApproval"/>:
/// they approved it, and it was saved since.
/// </summary>
public sealed record DraftToReview(int PageId, string Title, string RequestedByName, DateTime RequestedAtUtc, bool ChangedSinceApproval);
