using ImgPortal.Core.Content;

namespace ImgPortal.Core.Pathways;

/// <summary>One of the advisory commission's recommendations in our words; <see cref="Confirmed"/> when a source we checked states it.</summary>
public sealed record CommissionRecommendation(string Summary, bool Confirmed, IReadOnlyList<PathwaySource> Sources);
