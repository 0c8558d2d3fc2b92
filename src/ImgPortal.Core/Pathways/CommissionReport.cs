using ImgPortal.Core.Content;

namespace ImgPortal.Core.Pathways;

/// <summary>The FSMB / Intealth / ACGME advisory commission's recommendations on new licensing pathways, with their date.</summary>
public sealed record CommissionReport(
    string Name,
    IReadOnlyList<string> FormedBy,
    DateOnly PublishedOn,
    int RecommendationCount,
    string Note,
    IReadOnlyList<CommissionRecommendation> Recommendations,
    IReadOnlyList<PathwaySource> Sources)
{
    public IReadOnlyList<CommissionRecommendation> Confirmed => Recommendations.Where(r => r.Confirmed).ToList();
}
