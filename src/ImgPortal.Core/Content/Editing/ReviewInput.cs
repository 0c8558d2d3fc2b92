namespace ImgPortal.Core.Content.Editing;

/// <summary>What a reviewer records: the sources they checked the page against, and anything they noticed.</summary>
public sealed record ReviewInput(string SourcesChecked, string? Note);
