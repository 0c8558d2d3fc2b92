using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text;
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
    /// <summary>How long one value may be before it is cut short with "…".</summary>
    public const int ValueLength = 160;

    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");

    /// <summary>Names of the entity types that are not records with a staff screen of their own.</summary>
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["GuidancePage"] = "page",
        ["PageSection"] = "page section",
        ["PageRevision"] = "published revision",
        ["PageReview"] = "page review",
        ["PageDraft"] = "page draft",
        ["ImgProfile"] = "member profile",
        ["ProfileTag"] = "profile tag",
        ["MemberStepState"] = "member's roadmap step",
        ["ReminderLog"] = "reminder",
        ["Mentor"] = "mentor",
        ["MentorLanguage"] = "mentor's language",
        ["MentorTrainingCountry"] = "mentor's training country",
        ["MenteeRequest"] = "mentee request",
        ["Pairing"] = "pairing",
        ["PairingFeedback"] = "pairing feedback",
        ["MentoringSettings"] = "mentoring settings",
        ["ApplicationUser"] = "account",
        ["IdentityUserRole"] = "role grant",
        ["IdentityRole"] = "role",
    };

    /// <summary>Bookkeeping written alongside the change a person made: used for the verb, not listed as changes.</summary>
    private static readonly HashSet<string> Bookkeeping = new(StringComparer.Ordinal) { "PageRevision", "PageDraft", "PageReview" };

    /// <summary>
    /// Fields the portal keeps up to date by itself (times of the last change, concurrency versions, normalized copies,
    /// the first-publication flag): never listed as a person's change.
    /// </summary>
    private static readonly HashSet<string> BookkeepingFields = new(StringComparer.Ordinal)
    {
        "UpdatedAtUtc", "CreatedAtUtc", "Version", "ConcurrencyStamp", "SecurityStamp", "NormalizedEmail", "NormalizedUserName",
        "NormalizedName", "AwaitingFirstPublication",
    };

    /// <summary>The fields that hold a part's place among its siblings: a change of them is a move, said as one.</summary>
    private static readonly string[] PositionFields = ["SortOrder", "Order", "Position"];

    /// <summary>Parts of a record that are never the subject while their parent is in the same action.</summary>
    private static readonly HashSet<string> Parts = new(StringComparer.Ordinal) { "PageSection", "MentorLanguage", "MentorTrainingCountry", "ProfileTag" };

    /// <summary>The properties that name a record, in the order they are looked for.</summary>
    public static readonly IReadOnlyList<string> TitleProperties = ["Title", "Name", "DisplayName", "FullName", "UserName"];

    /// <summary>The name of an entity type in words, e.g. "page" for <c>GuidancePage</c>.</summary>
    public string EntityName(string entityType)
    {
        var record = catalog.All.FirstOrDefault(t => t.AuditName == entityType);
        if (record is not null)
        {
            return record.ThisRecord.StartsWith("this ", StringComparison.Ordinal) ? record.ThisRecord[5..] : record.ThisRecord;
        }

        return Names.TryGetValue(entityType, out var name) ? name : Humanize(entityType).ToLowerInvariant();
    }

    /// <summary>A field by its label: the record slice's label when the type is a record, else its name in words.</summary>
    public string FieldLabel(string entityType, string property)
    {
        var record = catalog.All.FirstOrDefault(t => t.AuditName == entityType);
        if (record?.Field(property) is { } field)
        {
            return field.Label;
        }

        var name = property.EndsWith("Utc", StringComparison.Ordinal) ? property[..^3] : property;
        return Humanize(name);
    }

    /// <summary>One stored value as plain text; enums by their display text, times in the staff time zone.</summary>
    public string ValueText(string entityType, string property, JsonElement value)
    {
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
                return EnumText(type, Enum.ToObject(type, number));
            case JsonValueKind.String when type is { IsEnum: true } && Enum.TryParse(type, value.GetString(), out var parsed):
                return EnumText(type, parsed!);
            case JsonValueKind.String when (type == typeof(DateTime) || type == typeof(DateTimeOffset)) && value.TryGetDateTime(out var at):
                return time.Format(at.Kind == DateTimeKind.Local ? at.ToUniversalTime() : at);
            case JsonValueKind.String when type == typeof(DateOnly) && DateOnly.TryParse(value.GetString(), CultureInfo.InvariantCulture, out var day):
                return day.ToString("MMMM d, yyyy", Us);
            case JsonValueKind.String:
                var text = string.Join(' ', (value.GetString() ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                return text.Length == 0 ? "(empty)" : text.Length <= ValueLength ? text : text[..ValueLength] + "…";
            default:
                return value.GetRawText();
        }
    }

    /// <summary>The rows of one action (oldest first) in words; <paramref name="currentTitle"/> names the subject when the rows do not.</summary>
    public AuditEvent Describe(IReadOnlyList<AuditRow> rows, string? currentTitle = null)
    {
        var first = rows[0];
        var subject = Subject(rows);
        var changes = rows.Where(r => !Bookkeeping.Contains(r.EntityType) && !Parts.Contains(r.EntityType)).SelectMany(Changes)
            .Concat(PartChanges(rows.Where(r => Parts.Contains(r.EntityType)).ToList()))
            .ToList();
        var title = TitleOf(rows, subject) ?? currentTitle;
        var subjectText = "the " + EntityName(subject.EntityType) + (title is null ? " #" + subject.EntityKey : " “" + title + "”");
        return new AuditEvent(first.ActionId, rows.Max(r => r.AtUtc), first.ActorName, VerbOf(rows, subject), subjectText,
            subject.EntityType, subject.EntityKey, changes);
    }

    /// <summary>The changed fields of one row: old → new for a change, every filled field for an addition or a deletion.</summary>
    public IEnumerable<AuditChange> Changes(AuditRow row)
    {
        var record = EntityName(row.EntityType);
        using var before = Parse(row.BeforeJson);
        using var after = Parse(row.AfterJson);
        var names = (after ?? before)?.RootElement.EnumerateObject().Select(p => p.Name).ToList() ?? [];
        var changes = new List<AuditChange>();
        foreach (var name in names.Where(n => n != "Id" && !IsDerived(n) && !BookkeepingFields.Contains(n)))
        {
            var old = before is not null && before.RootElement.TryGetProperty(name, out var o) ? ValueText(row.EntityType, name, o) : "(empty)";
            var now = after is not null && after.RootElement.TryGetProperty(name, out var n) ? ValueText(row.EntityType, name, n) : "(empty)";
            if (old == now || (row.Action != AuditAction.Modified && name.EndsWith("Id", StringComparison.Ordinal)))
            {
                continue;
            }

            changes.Add(new AuditChange(record, FieldLabel(row.EntityType, name), old, now));
        }

        return changes;
    }

    /// <summary>
    /// Parts (page sections, a mentor's languages) are replaced as a set when their parent is saved: a part deleted and
    /// one added with the same heading or name (else at the same position) read as one change of the fields that
    /// differ; the rest as added or removed.
    /// </summary>
    private IEnumerable<AuditChange> PartChanges(List<AuditRow> rows)
    {
        var deleted = rows.Where(r => r.Action == AuditAction.Deleted).ToList();
        var addedRows = rows.Where(r => r.Action == AuditAction.Added).ToList();

        // Same heading or name first, across all the parts; only the parts left then are paired by position.
        var matched = new Dictionary<AuditRow, AuditRow>();
        foreach (var added in addedRows)
        {
            var name = Name(added.AfterJson);
            if (name is not null && deleted.FirstOrDefault(d => d.EntityType == added.EntityType && Name(d.BeforeJson) == name) is { } same)
            {
                matched[added] = same;
                deleted.Remove(same);
            }
        }

        foreach (var added in addedRows.Where(a => !matched.ContainsKey(a)))
        {
            var position = Position(added.AfterJson);
            if (deleted.FirstOrDefault(d => d.EntityType == added.EntityType && Position(d.BeforeJson) == position) is { } there)
            {
                matched[added] = there;
                deleted.Remove(there);
            }
        }

        var pairs = new List<(AuditRow Old, AuditRow New, string? Name)>();
        foreach (var added in addedRows)
        {
            var position = Position(added.AfterJson);
            var name = Name(added.AfterJson);
            if (!matched.TryGetValue(added, out var old))
            {
                yield return new AuditChange(EntityName(added.EntityType), "Added", "(none)", Name(added.AfterJson) ?? "#" + added.EntityKey);
                continue;
            }

            pairs.Add((old, added, name));
            var pair = new AuditRow(added.Id, added.ActionId, added.AtUtc, added.ActorName, AuditAction.Modified, added.EntityType, added.EntityKey, old.BeforeJson, added.AfterJson);
            foreach (var change in Changes(pair).Where(c => !PositionFields.Any(f => FieldLabel(added.EntityType, f) == c.Field)))
            {
                yield return change with { Record = EntityName(added.EntityType) + " " + (name ?? position) };
            }
        }

        foreach (var move in Moves(rows, pairs))
        {
            yield return move;
        }

        foreach (var row in deleted)
        {
            yield return new AuditChange(EntityName(row.EntityType), "Removed", Name(row.BeforeJson) ?? "#" + row.EntityKey, "(none)");
        }

        foreach (var row in rows.Where(r => r.Action == AuditAction.Modified))
        {
            foreach (var change in Changes(row))
            {
                yield return change;
            }
        }
    }

    /// <summary>
    /// Parts kept across the change whose order among themselves changed, each as "Moved “X” from position 2 to 3"
    /// (positions counted among all the parts before and after). Parts that only shift because another was added or
    /// removed, or whose stored numbers were only renumbered, did not move.
    /// </summary>
    private IEnumerable<AuditChange> Moves(List<AuditRow> rows, List<(AuditRow Old, AuditRow New, string? Name)> pairs)
    {
        foreach (var type in pairs.Select(p => p.New.EntityType).Distinct())
        {
            var before = rows.Where(r => r.EntityType == type && r.Action == AuditAction.Deleted).OrderBy(r => Number(Position(r.BeforeJson))).ToList();
            var after = rows.Where(r => r.EntityType == type && r.Action == AuditAction.Added).OrderBy(r => Number(Position(r.AfterJson))).ToList();
            var kept = pairs.Where(p => p.New.EntityType == type).ToList();
            var inNewOrder = kept.OrderBy(p => after.IndexOf(p.New)).ToList();
            var stayed = InOrder(inNewOrder.Select(p => before.IndexOf(p.Old)).ToList());
            for (var i = 0; i < inNewOrder.Count; i++)
            {
                if (stayed.Contains(i))
                {
                    continue;
                }

                var pair = inNewOrder[i];
                var from = before.IndexOf(pair.Old) + 1;
                var to = after.IndexOf(pair.New) + 1;
                var name = pair.Name ?? "#" + pair.New.EntityKey;
                yield return new AuditChange(
                    EntityName(type) + " " + name,
                    "Position",
                    from.ToString(CultureInfo.InvariantCulture),
                    to.ToString(CultureInfo.InvariantCulture),
                    $"Moved {name} from position {from} to {to}");
            }
        }
    }

    /// <summary>
    /// The indexes of the longest run of <paramref name="oldPositions"/> (in the new order) that kept its order: the parts
    /// that stayed put while the others were moved around them.
    /// </summary>
    private static HashSet<int> InOrder(List<int> oldPositions)
    {
        var length = new int[oldPositions.Count];
        var previous = new int[oldPositions.Count];
        var best = -1;
        for (var i = 0; i < oldPositions.Count; i++)
        {
            length[i] = 1;
            previous[i] = -1;
            for (var j = 0; j < i; j++)
            {
                if (oldPositions[j] < oldPositions[i] && length[j] + 1 > length[i])
                {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }

            if (best < 0 || length[i] > length[best])
            {
                best = i;
            }
        }

        var stayed = new HashSet<int>();
        for (var i = best; i >= 0; i = previous[i])
        {
            stayed.Add(i);
        }

        return stayed;
    }

    private static double Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : double.MaxValue;

    private static string? Position(string? json)
    {
        using var document = Parse(json);
        foreach (var name in PositionFields)
        {
            if (document is not null && document.RootElement.TryGetProperty(name, out var value))
            {
                return value.GetRawText();
            }
        }

        return null;
    }

    private static string? Name(string? json)
    {
        using var document = Parse(json);
        foreach (var name in TitleProperties.Concat(["Heading", "Language", "Country"]))
        {
            if (document is not null && document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                && !string.IsNullOrWhiteSpace(value.GetString()))
            {
                return "“" + value.GetString()!.Trim() + "”";
            }
        }

        return null;
    }

    /// <summary>Values kept in step with another field (rendered HTML of Markdown): their change shows as the source's.</summary>
    private static bool IsDerived(string property) => property.EndsWith("Html", StringComparison.Ordinal);

    /// <summary>The record an action is about: the first row that is neither bookkeeping nor a part of another record.</summary>
    public static AuditRow Subject(IReadOnlyList<AuditRow> rows) =>
        rows.FirstOrDefault(r => !Bookkeeping.Contains(r.EntityType) && !Parts.Contains(r.EntityType))
        ?? rows.FirstOrDefault(r => !Bookkeeping.Contains(r.EntityType))
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

        if (Bookkeeping.Contains(subject.EntityType))
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

        using var after = Parse(subject.AfterJson);
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
            .Concat(rows.Where(r => Bookkeeping.Contains(r.EntityType) && r.EntityType != subject.EntityType));
        foreach (var row in candidates)
        {
            foreach (var json in new[] { row.AfterJson, row.BeforeJson })
            {
                using var document = Parse(json);
                if (document is null)
                {
                    continue;
                }

                foreach (var property in TitleProperties)
                {
                    if (document.RootElement.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
                        && !string.IsNullOrWhiteSpace(value.GetString()))
                    {
                        var text = value.GetString()!.Trim();
                        return text.Length <= ValueLength ? text : text[..ValueLength] + "…";
                    }
                }
            }
        }

        return null;
    }

    private static JsonDocument? Parse(string? json)
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

    private static string EnumText(Type type, object value)
    {
        var name = value.ToString() ?? string.Empty;
        if (type.GetField(name)?.GetCustomAttribute<DisplayAttribute>()?.GetName() is { } display)
        {
            return display;
        }

        return string.Join(", ", name.Split(", ").Select(Humanize));
    }

    /// <summary>"CultureAndLanguage" → "Culture and language"; a number stays a number.</summary>
    public static string Humanize(string name)
    {
        var words = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                words.Append(' ');
            }

            words.Append(words.Length == 0 ? c : char.ToLowerInvariant(c));
        }

        return words.ToString().Replace(" id", " ID", StringComparison.Ordinal);
    }
}
