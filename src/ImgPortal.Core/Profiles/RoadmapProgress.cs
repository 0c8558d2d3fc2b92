using System.Globalization;

namespace ImgPortal.Core.Profiles;

/// <summary>How far along the roadmap is: steps done out of the steps that apply to the member.</summary>
public sealed record RoadmapProgress(int Done, int Total)
{
    public int Percent => Total == 0 ? 100 : (int)Math.Round(100.0 * Done / Total);
}
