namespace ImgPortal.Core.Content.Editing;

/// <summary>What staff give to create a page: its address and the lines every page shows.</summary>
public sealed record NewPage(string Slug, string Title, string Summary, string Source, string? NavigationLabel);
