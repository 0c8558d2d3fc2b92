using System.Globalization;
using System.Text.Json;
using ImgPortal.Core.Common;
using ImgPortal.Core.Records;

namespace ImgPortal.Core.Auditing;

/// <summary>
/// Words the stored audit rows of one action (ADR 0049): entity types by their display names, fields by the
/// record slice's labels, enum values by their display text, times in the staff time zone, and a verb for the
/// action ("published", "approved", "added"). No class names or enum numbers reach a person.
/// </summary>
public sealed class AuditWording(RecordCatalog catalog, IAuditSchema schema, StaffTimeZone time)
{
    /// <summary>The key <c>names</c> holds a record's name under: "Mentor:3".</summary>
    public static string NameKey(string entityType, string entityKey) => entityType + ":" + entityKey;

    /// <summary>The records the fields of <paramref name="rows"/> point at (a pairing's mentor, a role grant's account), to be named.</summary>
    public IEnumerable<(string EntityType, string EntityKey)> References(IEnumerable<AuditRow> rows)
    {
        foreach (var row in rows)
        {
            foreach (var json in new[] { row.BeforeJson, row.AfterJson })
            {
                using var document = AuditJson.Parse(json);
                if (document is null)
                {
                    continue;
                }

                foreach (var property in document.RootElement.EnumerateObject())
                {
                    if (schema.Reference(row.EntityType, property.Name) is { } target && AuditJson.KeyText(property.Value) is { } key)
                    {
                        yield return (target, key);
                    }
                }
            }
        }
    }

    /// <summary>The name of an entity type in words, e.g. "page" for <c>GuidancePage</c>.</summary>
    public string EntityName(string entityType)
    {
        var record = catalog.All.FirstOrDefault(t => t.AuditName == entityType);
        if (record is not null)
        {
            return record.ThisRecord.StartsWith("this ", StringComparison.Ordinal) ? record.ThisRecord[5..] : record.ThisRecord;
        }

        return AuditVocabulary.Names.TryGetValue(entityType, out var name) ? name : AuditText.Humanize(entityType).ToLowerInvariant();
    }

    /// <summary>A field by its label: the record slice's label when the type is a record, else its name in words.</summary>
    public string FieldLabel(string entityType, string property)
    {
        var record = catalog.All.FirstOrDefault(t => t.AuditName == entityType);
        if (record?.Field(property) is { } field)
        {
            return field.Label;
        }

        if (AuditVocabulary.Labels.TryGetValue((entityType, property), out var label))
        {
            return label;
        }

        var name = property.EndsWith("Utc", StringComparison.Ordinal) ? property[..^3] : property;
        if (schema.Reference(entityType, property) is { } target)
        {
            // "MentorId" is the mentor, "OwnerUserId" the owner, "UserId" the account.
            name = name.EndsWith("UserId", StringComparison.Ordinal) && name.Length > 6 ? name[..^6]
                : name.EndsWith("Id", StringComparison.Ordinal) && name.Length > 2 ? name[..^2]
                : name;
            return name is "User" || name == property ? AuditText.Capital(EntityName(target)) : AuditText.Humanize(name);
        }

        return AuditText.Humanize(name);
    }

    /// <summary>One stored value as plain text; enums by their display text, times in the staff time zone.</summary>
    public string ValueText(string entityType, string property, JsonElement value, IReadOnlyDictionary<string, string>? names = null)
    {
        if (schema.Reference(entityType, property) is { } target && AuditJson.KeyText(value) is { } key)
        {
            return names is not null && names.TryGetValue(NameKey(target, key), out var name) ? name : "(" + AuditText.Article(EntityName(target)) + " no longer on file)";
        }

        var type = schema.PropertyType(entityType, property);
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        switch (value.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return "(empty)";
            case JsonValueKind.True:
                return "yes";
            case JsonValueKind.False:
                return "no";
            case JsonValueKind.Number when type is { IsEnum: true } && value.TryGetInt64(out var number):
                return AuditText.EnumText(type, Enum.ToObject(type, number));
            case JsonValueKind.String when type is { IsEnum: true } && Enum.TryParse(type, value.GetString(), out var parsed):
                return AuditText.EnumText(type, parsed!);
            case JsonValueKind.String when (type == typeof(DateTime) || type == typeof(DateTimeOffset)) && value.TryGetDateTime(out var at):
                return time.Format(at.Kind == DateTimeKind.Local ? at.ToUniversalTime() : at);
            case JsonValueKind.String when type == typeof(DateOnly) && DateOnly.TryParse(value.GetString(), CultureInfo.InvariantCulture, out var day):
                return AuditText.Date(day);
            case JsonValueKind.String:
                return AuditText.Plain(value.GetString());
            default:
                return value.GetRawText();
        }
    }

    /// <summary>
    /// The rows of one action (oldest first) in words; <paramref name="currentTitle"/> names the subject when the rows do
    /// not, and <paramref name="names"/> (keyed by <see cref="NameKey"/>) the records its fields point at. A record
    /// nothing names is called by its kind alone: never by its number or key.
    /// </summary>
    public AuditEvent Describe(IReadOnlyList<AuditRow> rows, string? currentTitle = null, IReadOnlyDictionary<string, string>? names = null)
    {
        var first = rows[0];
        var subject = Subject(rows);
        var changes = rows.Where(r => AuditVocabulary.IsOwnRecord(r.EntityType)).SelectMany(r => Changes(r, names))
            .Concat(new AuditPartChanges(this).Of(rows.Where(r => AuditVocabulary.Parts.Contains(r.EntityType)).ToList(), names))
            .ToList();
        var title = TitleOf(rows, subject) ?? currentTitle ?? ReferenceTitle(subject, names);
        var verb = VerbOf(rows, subject);
        var subjectText = "the " + EntityName(subject.EntityType) + (title is null ? string.Empty : " “" + title + "”");
        if (AuditDraftWords.Schedule(rows) is { } schedule)
        {
            // Scheduling saves only the draft: said as what it is, with the time in the staff time zone.
            var page = "the page" + (title is null ? string.Empty : " “" + title + "”");
            (verb, subjectText) = schedule.At is { } at
                ? ("scheduled", page + " to publish on " + time.Format(at))
                : ("cancelled the scheduled publication of", page);
            changes.Add(new AuditChange(
                "page", "Publish at", schedule.Before is { } was ? time.Format(was) : "(not scheduled)", schedule.At is { } next ? time.Format(next) : "(not scheduled)"));
        }
        else if (AuditDraftWords.DraftReviewWords(subject, title) is { } review)
        {
            (verb, subjectText) = review;
        }

        return new AuditEvent(first.ActionId, rows.Max(r => r.AtUtc), first.ActorName, verb, subjectText, subject.EntityType, subject.EntityKey, changes);
    }

    /// <summary>A record without a name of its own, named by the records it joins (a pairing's mentor and mentee), or null.</summary>
    private string? ReferenceTitle(AuditRow subject, IReadOnlyDictionary<string, string>? names)
    {
        using var document = AuditJson.Parse(subject.AfterJson ?? subject.BeforeJson);
        if (names is null || document is null)
        {
            return null;
        }

        var parts = new List<string>();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (schema.Reference(subject.EntityType, property.Name) is { } target && AuditJson.KeyText(property.Value) is { } key
                && names.TryGetValue(NameKey(target, key), out var name) && !parts.Contains(name))
            {
                parts.Add(name);
            }
        }

        return parts.Count == 0 ? null : string.Join(" – ", parts);
    }

    /// <summary>The changed fields of one row: old → new for a change, every filled field for an addition or a deletion.</summary>
    public IEnumerable<AuditChange> Changes(AuditRow row) => Changes(row, null);

    /// <summary><see cref="Changes(AuditRow)"/> with the records its fields point at named from <paramref name="names"/>.</summary>
    public IEnumerable<AuditChange> Changes(AuditRow row, IReadOnlyDictionary<string, string>? names)
    {
        var record = EntityName(row.EntityType);
        using var before = AuditJson.Parse(row.BeforeJson);
        using var after = AuditJson.Parse(row.AfterJson);
        var fields = (after ?? before)?.RootElement.EnumerateObject().Select(p => p.Name).ToList() ?? [];
        var changes = new List<AuditChange>();
        var listed = fields.Where(n => n != "Id" && !AuditVocabulary.IsDerived(n) && !AuditVocabulary.BookkeepingFields.Contains(n)
            && !AuditVocabulary.Repeats.Contains((row.EntityType, n)));
        foreach (var name in listed)
        {
            var type = schema.PropertyType(row.EntityType, name);
            if (type is not null && (Nullable.GetUnderlyingType(type) ?? type) == typeof(Guid))
            {
                // Keys and tokens (a request's version, a feed's secret): never something a person set or reads.
                continue;
            }

            var old = before is not null && before.RootElement.TryGetProperty(name, out var o) ? ValueText(row.EntityType, name, o, names) : "(empty)";
            var now = after is not null && after.RootElement.TryGetProperty(name, out var n) ? ValueText(row.EntityType, name, n, names) : "(empty)";
            if (old == now || (row.Action != AuditAction.Modified && name.EndsWith("Id", StringComparison.Ordinal) && schema.Reference(row.EntityType, name) is null))
            {
                continue;
            }

            changes.Add(new AuditChange(record, FieldLabel(row.EntityType, name), old, now));
        }

        return changes;
    }

    /// <summary>The record an action is about: the first row that is neither bookkeeping nor a part of another record.</summary>
    public static AuditRow Subject(IReadOnlyList<AuditRow> rows) =>
        rows.FirstOrDefault(r => AuditVocabulary.IsOwnRecord(r.EntityType))
        ?? rows.FirstOrDefault(r => !AuditVocabulary.Bookkeeping.Contains(r.EntityType))
        ?? rows[0];

    private string VerbOf(IReadOnlyList<AuditRow> rows, AuditRow subject)
    {
        if (rows.Any(r => r.EntityType == "PageRevision" && r.Action == AuditAction.Added))
        {
            return "published";
        }

        if (rows.Any(r => r.EntityType == "PageReview" && r.Action == AuditAction.Added))
        {
            return "marked as reviewed";
        }

        if (AuditVocabulary.Bookkeeping.Contains(subject.EntityType))
        {
            return subject.Action == AuditAction.Deleted ? "discarded" : "saved";
        }

        switch (subject.Action)
        {
            case AuditAction.Added:
                return "added";
            case AuditAction.Deleted:
                return "deleted";
        }

        using var after = AuditJson.Parse(subject.AfterJson);
        if (after is not null && after.RootElement.TryGetProperty("Status", out var status)
            && schema.PropertyType(subject.EntityType, "Status") is { IsEnum: true })
        {
            var word = ValueText(subject.EntityType, "Status", status).ToLowerInvariant();
            if (word.EndsWith("ed", StringComparison.Ordinal))
            {
                return word;
            }
        }

        return "changed";
    }

    /// <summary>The subject's title, name or display name as the rows hold it, or null.</summary>
    public static string? TitleOf(IReadOnlyList<AuditRow> rows, AuditRow subject)
    {
        var candidates = rows.Where(r => r.EntityType == subject.EntityType && r.EntityKey == subject.EntityKey)
            .Concat(rows.Where(r => AuditVocabulary.Bookkeeping.Contains(r.EntityType) && r.EntityType != subject.EntityType));
        foreach (var row in candidates)
        {
            foreach (var json in new[] { row.AfterJson, row.BeforeJson })
            {
                using var document = AuditJson.Parse(json);
                if (AuditJson.FirstText(document, AuditVocabulary.TitleProperties) is { } text)
                {
                    return AuditText.Shorten(text);
                }
            }
        }

        return null;
    }
}
