namespace ImgPortal.Core.Content;

/// <summary>A page's place in the main navigation: its address and link text.</summary>
public sealed record NavigationLink(string Slug, string Label);
