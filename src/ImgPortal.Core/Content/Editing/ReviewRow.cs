namespace ImgPortal.Core.Content.Editing;

/// <summary>One past review of a page, for its editor.</summary>
public sealed record ReviewRow(DateOnly ReviewedOn, string ReviewedByName, string SourcesChecked, string Note);
