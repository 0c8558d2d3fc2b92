using System.Text.Json;
using ImgPortal.Core.Content;
using ImgPortal.Core.Records;
using ImgPortal.Core.Records.StatePathways;

namespace ImgPortal.Core.Pathways;

/// <summary>
/// Turns the audit trail's entries for a <see cref="StatePathway"/> (written by the audit interceptor in the edit's
/// own transaction) into public change-log lines, one per changed field, with the words the staff form uses
/// (ADR 0041). Pure: the caller reads the entries.
/// </summary>
public static class PathwayChangeLog
{
    /// <summary>Fields whose texts are too long to quote: the log says they were revised.</summary>
    private static readonly HashSet<string> Revised = [nameof(StatePathway.Summary), nameof(StatePathway.Sources)];

    private static readonly StatePathwayRecordType Type = new();

    private static readonly Dictionary<string, string> Areas = BuildAreas();

    /// <summary>The lines for one modification of pathway <paramref name="pathwayId"/> made at <paramref name="atUtc"/>.</summary>
    public static IReadOnlyList<PathwayChange> Describe(int pathwayId, DateTime atUtc, string? beforeJson, string? afterJson)
    {
        if (beforeJson is null || afterJson is null)
        {
            return [];
        }

        using var before = JsonDocument.Parse(beforeJson);
        using var after = JsonDocument.Parse(afterJson);
        var on = DateOnly.FromDateTime(atUtc);
        var changes = new List<PathwayChange>();
        foreach (var field in Type.Fields)
        {
            if (!after.RootElement.TryGetProperty(field.Name, out var newValue) || !Areas.TryGetValue(field.Name, out var area))
            {
                continue;
            }

            var oldValue = before.RootElement.TryGetProperty(field.Name, out var found) ? found : default;
            changes.Add(Revised.Contains(field.Name)
                ? new PathwayChange(pathwayId, on, area, field.Label, null, null)
                : new PathwayChange(pathwayId, on, area, field.Label, Shown(field, oldValue), Shown(field, newValue)));
        }

        return changes;
    }

    private static string Shown(RecordField field, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String when value.GetString() is { Length: > 0 } text => field.Display(text),
        JsonValueKind.Number => field.Display(value.GetRawText()),
        _ => "not set",
    };

    private static Dictionary<string, string> BuildAreas()
    {
        var areas = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [nameof(StatePathway.State)] = "Details",
            [nameof(StatePathway.Name)] = "Details",
            [nameof(StatePathway.Kind)] = "Details",
            [nameof(StatePathway.Status)] = "Status",
            [nameof(StatePathway.BillCitation)] = "Citations",
            [nameof(StatePathway.StatuteCitation)] = "Citations",
            [nameof(StatePathway.EnactedOn)] = "Dates",
            [nameof(StatePathway.EffectiveOn)] = "Dates",
            [nameof(StatePathway.EndsOn)] = "Dates",
            [nameof(StatePathway.Summary)] = "Summary",
            [nameof(StatePathway.Sources)] = "Sources",
        };
        foreach (var requirement in PathwayRequirements.All)
        {
            areas[requirement.Name] = "Requirements";
            areas[requirement.StatusName] = "Requirements";
        }

        return areas;
    }
}
