using Serilog.Core;
using Serilog.Events;

namespace ImgPortal.Web.Logging;

/// <summary>
/// The last step before any sink: every text value of every event (message properties, the request log's
/// RequestPath, ASP.NET Core's scope properties, inside lists and objects too) has its secrets redacted
/// (<see cref="LogRedaction"/>) and its control characters escaped (<see cref="LogEscaping"/>). One place, so
/// no call site has to remember. Message templates are constants in code; exception text is left as it is.
/// </summary>
public sealed class SafeLogValuesEnricher : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        List<LogEventProperty>? changed = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            var safe = Sanitize(value);
            if (!ReferenceEquals(safe, value))
            {
                (changed ??= []).Add(new LogEventProperty(name, safe));
            }
        }

        foreach (var property in changed ?? [])
        {
            logEvent.AddOrUpdateProperty(property);
        }
    }

    /// <summary>The value made safe, or the same instance when nothing needed changing.</summary>
    public static LogEventPropertyValue Sanitize(LogEventPropertyValue value) => value switch
    {
        ScalarValue scalar => SanitizeScalar(scalar),
        SequenceValue sequence => SanitizeAll(sequence.Elements, elements => new SequenceValue(elements), sequence),
        StructureValue structure => SanitizeStructure(structure),
        DictionaryValue dictionary => SanitizeDictionary(dictionary),
        _ => value,
    };

    private static ScalarValue SanitizeScalar(ScalarValue scalar)
    {
        var text = scalar.Value switch
        {
            string s => s,
            Uri uri => uri.OriginalString,
            char c => c.ToString(),
            _ => null,
        };
        if (text is null)
        {
            return scalar;
        }

        var safe = LogEscaping.Escape(LogRedaction.Redact(text));
        return string.Equals(safe, text, StringComparison.Ordinal) ? scalar : new ScalarValue(safe);
    }

    private static LogEventPropertyValue SanitizeAll(
        IReadOnlyList<LogEventPropertyValue> elements,
        Func<IEnumerable<LogEventPropertyValue>, LogEventPropertyValue> rebuild,
        LogEventPropertyValue original)
    {
        var safe = elements.Select(Sanitize).ToList();
        return safe.Where((value, i) => !ReferenceEquals(value, elements[i])).Any() ? rebuild(safe) : original;
    }

    private static StructureValue SanitizeStructure(StructureValue structure)
    {
        var safe = structure.Properties.Select(p => new { p.Name, p.Value, Safe = Sanitize(p.Value) }).ToList();
        return safe.Any(p => !ReferenceEquals(p.Safe, p.Value))
            ? new StructureValue(safe.Select(p => new LogEventProperty(p.Name, p.Safe)), structure.TypeTag)
            : structure;
    }

    private static DictionaryValue SanitizeDictionary(DictionaryValue dictionary)
    {
        var safe = dictionary.Elements
            .Select(e => new { e.Key, e.Value, SafeKey = SanitizeScalar(e.Key), SafeValue = Sanitize(e.Value) })
            .ToList();
        return safe.Any(e => !ReferenceEquals(e.SafeKey, e.Key) || !ReferenceEquals(e.SafeValue, e.Value))
            ? new DictionaryValue(safe.Select(e => new KeyValuePair<ScalarValue, LogEventPropertyValue>(e.SafeKey, e.SafeValue)))
            : dictionary;
    }
}
