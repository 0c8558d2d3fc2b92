namespace ImgPortal.Core.Programs;

/// <summary>The boroughs and regions of New York a program's <see cref="ResidencyProgram.Area"/> names.</summary>
public static class NewYorkAreas
{
    public static readonly IReadOnlyList<string> All =
    [
        "Bronx",
        "Brooklyn",
        "Manhattan",
        "Queens",
        "Staten Island",
        "Long Island",
        "Hudson Valley",
        "Capital Region",
        "Central New York",
        "Finger Lakes",
        "Mohawk Valley",
        "North Country",
        "Southern Tier",
        "Western New York",
    ];

    public static bool IsKnown(string area) => All.Contains(area, StringComparer.Ordinal);
}
