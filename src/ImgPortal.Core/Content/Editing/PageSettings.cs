namespace ImgPortal.Core.Content.Editing;

/// <summary>
/// A page's lines outside its text, which take effect when saved: its source line, its place in the navigation,
/// its owner and how often it must be reviewed.
/// </summary>
public sealed record PageSettings(string Source, string? NavigationLabel, int SortOrder, string? OwnerUserId, int ReviewIntervalMonths);
