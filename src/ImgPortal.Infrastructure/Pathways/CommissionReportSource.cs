using System.Globalization;
using System.Text.Json;
using ImgPortal.Core.Content;
using ImgPortal.Core.Pathways;
using ImgPortal.Infrastructure.Data.Seed;

namespace ImgPortal.Infrastructure.Pathways;

/// <summary>Reads the commission's verified summary from the embedded <c>commission-recommendations.json</c> once.</summary>
public sealed class CommissionReportSource : ICommissionReportSource
{
    private static readonly Lazy<CommissionReport> Report = new(Load);

    public CommissionReport Read() => Report.Value;

    private static CommissionReport Load()
    {
        using var document = JsonDocument.Parse(SeedDataFiles.Read(SeedDataFiles.CommissionRecommendations));
        var root = document.RootElement;
        return new CommissionReport(
            root.GetProperty("name").GetString()!,
            root.GetProperty("formedBy").EnumerateArray().Select(e => e.GetString()!).ToList(),
            DateOnly.ParseExact(root.GetProperty("publishedOn").GetString()!, PathwaySources.DateFormat, CultureInfo.InvariantCulture),
            root.GetProperty("recommendationCount").GetInt32(),
            root.GetProperty("note").GetString()!,
            root.GetProperty("recommendations").EnumerateArray().Select(r => new CommissionRecommendation(
                r.GetProperty("summary").GetString()!,
                r.GetProperty("status").GetString() == "Confirmed",
                Sources(r))).ToList(),
            Sources(root));
    }

    private static List<PathwaySource> Sources(JsonElement element) =>
        element.GetProperty("sources").EnumerateArray().Select(s => new PathwaySource(
            new Uri(s.GetProperty("url").GetString()!),
            s.GetProperty("title").GetString()!,
            DateOnly.ParseExact(s.GetProperty("verifiedOn").GetString()!, PathwaySources.DateFormat, CultureInfo.InvariantCulture))).ToList();
}
