using System.Globalization;
using System.Text.Json;

namespace ImgPortal.Core.Auditing;

/// <summary>Reads the JSON snapshots of stored audit rows: a parsed object or nothing, keys, times, a part's name and position.</summary>
internal static class AuditJson
{
    /// <summary>The snapshot as a JSON object, or null when it is empty, not JSON or not an object.</summary>
    public static JsonDocument? Parse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document;
            }

            document.Dispose();
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A stored key (a string or a number) as text, or null when there is none.</summary>
    public static string? KeyText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String when !string.IsNullOrEmpty(value.GetString()) => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };

    /// <summary>A stored time as UTC, or null.</summary>
    public static DateTime? TimeOf(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && value.TryGetDateTime(out var at)
            ? at.Kind == DateTimeKind.Local ? at.ToUniversalTime() : DateTime.SpecifyKind(at, DateTimeKind.Utc)
            : null;

    /// <summary>A snapshot's place among its siblings as stored, or null.</summary>
    public static string? Position(string? json)
    {
        using var document = Parse(json);
        foreach (var name in AuditVocabulary.PositionFields)
        {
            if (document is not null && document.RootElement.TryGetProperty(name, out var value))
            {
                return value.GetRawText();
            }
        }

        return null;
    }

    /// <summary>A stored position as a number to sort by; one that is not a number sorts last.</summary>
    public static double Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : double.MaxValue;

    /// <summary>The first of <paramref name="properties"/> the snapshot holds as non-blank text, trimmed, or null.</summary>
    public static string? FirstText(JsonDocument? document, IEnumerable<string> properties)
    {
        foreach (var property in properties)
        {
            if (document is not null && document.RootElement.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
                && !string.IsNullOrWhiteSpace(value.GetString()))
            {
                return value.GetString()!.Trim();
            }
        }

        return null;
    }

    /// <summary>A part's name in quotes ("“Eligibility”"), or null when it has none.</summary>
    public static string? QuotedName(string? json)
    {
        using var document = Parse(json);
        return FirstText(document, AuditVocabulary.PartNameProperties) is { } name ? "“" + name + "”" : null;
    }
}
