using ImgPortal.Core.Mentoring.Choices;

namespace ImgPortal.Web.ViewModels.Mentoring;

/// <summary>A request's ranking as its member or staff read it; staff may propose while the request is open.</summary>
public sealed record RequestChoicesViewModel(int RequestId, IReadOnlyList<RankedChoice> Ranking, bool StaffMayPropose)
{
    /// <summary>The mentor the one-click button proposes: the best-ranked one still available.</summary>
    public RankedChoice? FirstAvailable => Ranking.FirstOrDefault(c => c.Available);
}
