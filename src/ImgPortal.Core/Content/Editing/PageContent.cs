using System.Text;
using System.Text.Json;

namespace ImgPortal.Core.Content.Editing;

/// <summary>The editable text of a page: what a draft holds and a revision keeps.</summary>
public sealed record PageContent(string Title, string Summary, string BodyMarkdown, IReadOnlyList<SectionContent> Sections)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string SerializeSections(IEnumerable<SectionContent> sections) =>
        JsonSerializer.Serialize(sections.ToList(), Json);

    public static IReadOnlyList<SectionContent> DeserializeSections(string json) =>
        string.IsNullOrWhiteSpace(json) ? [] : JsonSerializer.Deserialize<List<SectionContent>>(json, Json) ?? [];

    /// <summary>The whole page as plain lines, for comparing two versions line by line.</summary>
    public string ToComparableText()
    {
        var text = new StringBuilder();
        text.Append("Title: ").AppendLine(Title);
        text.Append("Summary: ").AppendLine(Summary);
        text.AppendLine();
        text.AppendLine(BodyMarkdown.ReplaceLineEndings("\n").TrimEnd());
        foreach (var section in Sections)
        {
            text.AppendLine();
            text.Append(section.Kind == SectionKind.Step ? "Step: " : "Section: ").AppendLine(section.Heading);
            if (section.Cycle.Length > 0)
            {
                text.Append("Applies to: ").AppendLine(section.Cycle);
            }

            text.AppendLine(section.BodyMarkdown.ReplaceLineEndings("\n").TrimEnd());
            if (section.Sources.Length > 0)
            {
                text.AppendLine("Sources:").AppendLine(section.Sources.ReplaceLineEndings("\n").TrimEnd());
            }
        }

        return text.ToString();
    }
}
