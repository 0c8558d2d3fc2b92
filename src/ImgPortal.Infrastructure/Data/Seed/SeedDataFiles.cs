using System.Reflection;

namespace ImgPortal.Infrastructure.Data.Seed;

/// <summary>
/// The verified seed data files embedded from <c>Data/Seed/Data/</c> (see <c>docs/sources/state-pathways.md</c>):
/// state pathways, the advisory commission's recommendations, New York's State 30 program, the glossary and New York residency programs.
/// Each is JSON whose every fact carries its source and the date it was checked.
/// </summary>
public static class SeedDataFiles
{
    public const string StatePathways = "state-pathways.json";
    public const string CommissionRecommendations = "commission-recommendations.json";
    public const string State30 = "state30.json";
    public const string Glossary = "glossary.json";
    public const string Programs = "programs.json";

    public static IReadOnlyList<string> All { get; } = [StatePathways, CommissionRecommendations, State30, Glossary, Programs];

    /// <summary>The text of one embedded data file, e.g. <see cref="StatePathways"/>.</summary>
    public static string Read(string fileName)
    {
        using var stream = Assembly.GetExecutingAssembly()
            .GetManifestResourceStream($"ImgPortal.Infrastructure.Data.Seed.Data.{fileName}")
            ?? throw new InvalidOperationException($"The seed data file {fileName} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
