using System.Globalization;
using ImgPortal.Core.Content;

namespace ImgPortal.Infrastructure.Data.Seed;

/// <summary>
/// Reads one starter guidance page from its Markdown file in <c>Data/Seed/Guidance/</c> (ADR 0088). The file is a
/// run of blocks, each a small front matter between two <c>---</c> lines followed by Markdown. The first block is the
/// page: <c>slug</c>, <c>title</c>, <c>summary</c>, <c>source</c>, <c>reviewed</c> (yyyy-MM-dd) and <c>order</c>,
/// optionally <c>navigation</c> and <c>feature</c>; its Markdown is the page's body. Every later block is a section:
/// <c>section</c> or <c>step</c> (its heading) and <c>order</c>, optionally <c>cycle</c> and <c>sources</c> (a list,
/// one <c>- URL | title | yyyy-MM-dd</c> a line). A value is the rest of its line, taken as written. Strict: an
/// unknown, repeated or missing key, a blank or indented front matter line, or a value that is not a date, number
/// or feature fails with <see cref="SeedFileException"/> naming the file and the line.
/// </summary>
public static class GuidanceSeedFile
{
    private const string Fence = "---";

    private static readonly HashSet<string> PageKeys = ["slug", "title", "summary", "navigation", "feature", "source", "reviewed", "order"];

    private static readonly HashSet<string> SectionKeys = ["section", "step", "order", "cycle", "sources"];

    public static GuidancePage Parse(string fileName, string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        if (lines[^1].Length == 0)
        {
            lines = lines[..^1];
        }

        var blocks = Blocks(fileName, lines);
        var page = PageFrom(fileName, blocks[0]);
        foreach (var block in blocks.Skip(1))
        {
            page.Sections.Add(SectionFrom(fileName, block));
        }

        return page;
    }

    private sealed record Block(int Line, Dictionary<string, (int Line, string Value)> Keys, List<string> Sources, string Body);

    private static List<Block> Blocks(string fileName, string[] lines)
    {
        if (lines.Length == 0 || lines[0] != Fence)
        {
            throw new SeedFileException(fileName, 1, "the file must start with a front matter block opened by a line of three hyphens (---)");
        }

        var blocks = new List<Block>();
        var i = 0;
        while (i < lines.Length)
        {
            var opened = i + 1;
            var keys = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
            var sources = new List<string>();
            string? listKey = null;
            i++;
            while (true)
            {
                if (i >= lines.Length)
                {
                    throw new SeedFileException(fileName, opened, "this front matter block is never closed by a line of three hyphens (---)");
                }

                var line = lines[i];
                var number = i + 1;
                i++;
                if (line == Fence)
                {
                    break;
                }

                if (line.StartsWith("- ", StringComparison.Ordinal))
                {
                    if (listKey is null)
                    {
                        throw new SeedFileException(fileName, number, "a list item (- …) may only follow \"sources:\" or another list item");
                    }

                    sources.Add(Checked(fileName, number, listKey, line[2..]));
                    continue;
                }

                listKey = null;
                var colon = line.IndexOf(": ", StringComparison.Ordinal);
                var key = colon > 0 ? line[..colon] : line.EndsWith(':') ? line[..^1] : null;
                if (key is null || key.Length == 0 || !key.All(c => c is >= 'a' and <= 'z'))
                {
                    throw new SeedFileException(fileName, number, "expected \"key: value\" (a lowercase key, a colon and a space) or a list item \"- …\"");
                }

                if (keys.ContainsKey(key))
                {
                    throw new SeedFileException(fileName, number, $"the key \"{key}\" appears twice in this block");
                }

                if (colon < 0)
                {
                    if (key != "sources")
                    {
                        throw new SeedFileException(fileName, number, $"the key \"{key}\" has no value");
                    }

                    listKey = key;
                    keys[key] = (number, string.Empty);
                    continue;
                }

                keys[key] = (number, Checked(fileName, number, key, line[(colon + 2)..]));
            }

            if (keys.TryGetValue("sources", out var list) && sources.Count == 0)
            {
                throw new SeedFileException(fileName, list.Item1, "\"sources:\" is followed by no list item (- URL | title | yyyy-MM-dd)");
            }

            var bodyStart = i;
            while (i < lines.Length && lines[i] != Fence)
            {
                i++;
            }

            var body = string.Join('\n', lines[bodyStart..i]).TrimEnd('\n');
            blocks.Add(new Block(opened, keys, sources, body));
        }

        return blocks;
    }

    private static string Checked(string fileName, int line, string key, string value)
    {
        if (value.Length == 0 || value != value.Trim())
        {
            throw new SeedFileException(fileName, line, $"the value of \"{key}\" is empty or starts or ends with a space");
        }

        return value;
    }

    private static GuidancePage PageFrom(string fileName, Block block)
    {
        Only(fileName, block, PageKeys, "page");
        return new GuidancePage
        {
            Slug = Required(fileName, block, "slug"),
            NavigationLabel = block.Keys.TryGetValue("navigation", out var navigation) ? navigation.Value : null,
            Title = Required(fileName, block, "title"),
            Summary = Required(fileName, block, "summary"),
            Feature = block.Keys.TryGetValue("feature", out var feature) ? FeatureOf(fileName, feature) : PageFeature.None,
            Source = Required(fileName, block, "source"),
            LastReviewedOn = DateOf(fileName, block, "reviewed"),
            SortOrder = NumberOf(fileName, block, "order"),
            BodyMarkdown = block.Body,
        };
    }

    private static PageSection SectionFrom(string fileName, Block block)
    {
        Only(fileName, block, SectionKeys, "section");
        var isSection = block.Keys.TryGetValue("section", out var section);
        var isStep = block.Keys.TryGetValue("step", out var step);
        if (isSection == isStep)
        {
            throw new SeedFileException(fileName, block.Line, "a section block needs exactly one of \"section: heading\" or \"step: heading\"");
        }

        return new PageSection
        {
            Kind = isStep ? SectionKind.Step : SectionKind.Section,
            SortOrder = NumberOf(fileName, block, "order"),
            Heading = isStep ? step.Value : section.Value,
            BodyMarkdown = block.Body,
            Sources = string.Join('\n', block.Sources),
            Cycle = block.Keys.TryGetValue("cycle", out var cycle) ? cycle.Value : string.Empty,
        };
    }

    private static void Only(string fileName, Block block, HashSet<string> allowed, string what)
    {
        foreach (var (key, (line, _)) in block.Keys.Where(k => !allowed.Contains(k.Key)))
        {
            throw new SeedFileException(fileName, line, $"\"{key}\" is not a {what} key (expected one of: {string.Join(", ", allowed)})");
        }
    }

    private static string Required(string fileName, Block block, string key) =>
        block.Keys.TryGetValue(key, out var found)
            ? found.Value
            : throw new SeedFileException(fileName, block.Line, $"this block has no \"{key}:\"");

    private static int NumberOf(string fileName, Block block, string key)
    {
        var text = Required(fileName, block, key);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new SeedFileException(fileName, block.Keys[key].Line, $"\"{key}\" must be a whole number, not \"{text}\"");
    }

    private static DateOnly DateOf(string fileName, Block block, string key)
    {
        var text = Required(fileName, block, key);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new SeedFileException(fileName, block.Keys[key].Line, $"\"{key}\" must be a date written yyyy-MM-dd, not \"{text}\"");
    }

    private static PageFeature FeatureOf(string fileName, (int Line, string Value) feature) =>
        Enum.TryParse<PageFeature>(feature.Value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(feature.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
            ? parsed
            : throw new SeedFileException(fileName, feature.Line, $"\"feature\" must be one of {string.Join(", ", Enum.GetNames<PageFeature>())}, not \"{feature.Value}\"");
}

/// <summary>A starter guidance file that does not read: the message names the file and the line.</summary>
public sealed class SeedFileException(string fileName, int line, string problem)
    : FormatException($"The guidance seed file {fileName}, line {line}: {problem}.")
{
    public string FileName { get; } = fileName;

    public int Line { get; } = line;
}
