using System.Globalization;
using System.Text.Json;
using ImgPortal.Core.Content;

namespace ImgPortal.Infrastructure.Data.Seed;

/// <summary>
/// The state pathways as verified in <c>Data/Seed/Data/state-pathways.json</c> (see <c>docs/sources/state-pathways.md</c>):
/// every record with its requirements, summary and sources, the 2020 emergency actions as ended.
/// </summary>
public static class StatePathwaySeed
{
    public static IReadOnlyList<StatePathway> Pathways()
    {
        using var document = JsonDocument.Parse(SeedDataFiles.Read(SeedDataFiles.StatePathways));
        return document.RootElement.EnumerateArray().Select(Read).ToList();
    }

    /// <summary>How a seeded pathway is found in a database (ADR 0103): its state and kind.</summary>
    public static string KeyOf(StatePathway pathway) => $"{pathway.State} {pathway.Kind}";

    /// <summary>Tells apart the pathways of one state and kind (New York's two limited-license routes): the name.</summary>
    public static string TieBreakOf(StatePathway pathway) => pathway.Name;

    private static StatePathway Read(JsonElement json)
    {
        var pathway = new StatePathway
        {
            State = json.GetProperty("state").GetString()!,
            Name = json.GetProperty("name").GetString()!,
            Kind = Enum.Parse<PathwayKind>(json.GetProperty("kind").GetString()!),
            Status = Enum.Parse<PathwayStatus>(json.GetProperty("status").GetString()!),
            BillCitation = Text(json, "billCitation"),
            StatuteCitation = Text(json, "statuteCitation"),
            EnactedOn = Date(json, "enactedOn"),
            EffectiveOn = Date(json, "effectiveOn"),
            EndsOn = Date(json, "endsOn"),
            Summary = json.GetProperty("summary").GetString()!,
        };

        var requirements = json.GetProperty("requirements");
        foreach (var requirement in PathwayRequirements.All)
        {
            var key = char.ToLowerInvariant(requirement.Name[0]) + requirement.Name[1..];
            var item = requirements.GetProperty(key);
            requirement.SetValue(pathway, item.GetProperty("value").GetString()!);
            requirement.SetStatus(pathway, Enum.Parse<RequirementStatus>(item.GetProperty("status").GetString()!));
        }

        pathway.Sources = PathwaySources.Write(json.GetProperty("sources").EnumerateArray().Select(s => new PathwaySource(
            new Uri(s.GetProperty("url").GetString()!),
            s.GetProperty("title").GetString()!,
            DateOnly.ParseExact(s.GetProperty("verifiedOn").GetString()!, PathwaySources.DateFormat, CultureInfo.InvariantCulture))));
        return pathway;
    }

    private static string Text(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;

    private static DateOnly? Date(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? DateOnly.ParseExact(value.GetString()!, PathwaySources.DateFormat, CultureInfo.InvariantCulture)
            : null;
}
