namespace ImgPortal.Core.Content.Editing;

/// <summary>
/// A section as staff write it: kind, heading, Markdown, its own sources (one a line as "URL | title | yyyy-MM-dd")
/// and the Match cycle its rules belong to. Its place in the list is its order. Drafts saved before sources and
/// cycles existed read with both empty.
/// </summary>
public sealed record SectionContent(SectionKind Kind, string Heading, string BodyMarkdown, string Sources = "", string Cycle = "");
