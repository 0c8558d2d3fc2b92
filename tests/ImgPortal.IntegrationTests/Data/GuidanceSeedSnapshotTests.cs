using System.Text.Encodings.Web;
using System.Text.Json;
using ImgPortal.Core.Content;
using ImgPortal.Infrastructure.Data.Seed;

namespace ImgPortal.IntegrationTests.Data;

/// <summary>
/// The starter guidance the seeder writes, compared with <c>Fixtures/guidance-seed.json</c>: a snapshot of every field
/// the seed sets on every page and section, first taken from the C# string literals before the prose moved into
/// Markdown files (ADR 0088). A difference here is a change readers of a new database would see: if it is meant,
/// update the snapshot in the same commit so the change shows in review.
/// </summary>
public sealed class GuidanceSeedSnapshotTests
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(IEnumerable<GuidancePage> pages) =>
        JsonSerializer.Serialize(
            pages.Select(p => new
            {
                p.Slug,
                p.NavigationLabel,
                p.Title,
                p.Summary,
                Feature = p.Feature.ToString(),
                p.Source,
                LastReviewedOn = p.LastReviewedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                p.SortOrder,
                p.BodyMarkdown,
                p.OwnerName,
                p.ReviewIntervalMonths,
                p.AwaitingFirstPublication,
                Sections = p.Sections.Select(s => new
                {
                    Kind = s.Kind.ToString(),
                    s.SortOrder,
                    s.Heading,
                    s.BodyMarkdown,
                    s.Sources,
                    s.Cycle,
                }),
            }),
            Json) + "\n";

    private static string Snapshot() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "Fixtures", "guidance-seed.json")).ReplaceLineEndings("\n");

    [Fact]
    public void Pages_EveryFieldOfEveryPageAndSection_EqualsTheSnapshot()
    {
        var expected = Snapshot();

        var actual = Serialize(ContentSeed.Pages());

        Assert.Equal(expected, actual);
    }
}
