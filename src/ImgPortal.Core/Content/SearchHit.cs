namespace ImgPortal.Core.Content;

/// <summary>One search result.</summary>
public sealed record SearchHit(string Slug, string Title, string Snippet);
