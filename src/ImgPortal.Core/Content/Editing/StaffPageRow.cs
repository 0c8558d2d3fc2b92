namespace ImgPortal.Core.Content.Editing;

/// <summary>A page in the staff list.</summary>
public sealed record StaffPageRow(
    int Id,
    string Slug,
    string Title,
    PageState State,
    DateOnly LastReviewedOn,
    ReviewStatus ReviewStatus,
    DateTime? ScheduledPublishAtUtc,
    string OwnerName,
    string? NavigationLabel);
