using System.Text;
using System.Text.Json;

namespace ImgPortal.Core.Content.Editing;

/// <summary>A section as staff write it: kind, heading and Markdown. Its place in the list is its order.</summary>
public sealed record SectionContent(SectionKind Kind, string Heading, string BodyMarkdown);
