using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ImgPortal.Core.Common;
using ImgPortal.Core.Content.Editing;
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
        ["DraftReviewRequest"] = "draft review",
        ["DraftComment"] = "comment on a draft",
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
        ["ChangeLogEntry"] = "change note",
    };

    /// <summary>
    /// Fields of the page editor by the labels its forms give them (the record slices carry their own): "Address",
    /// not "Slug"; "Position", not "Sort order".
    /// </summary>
    private static readonly Dictionary<(string Type, string Property), string> Labels = new()
    {
        [("GuidancePage", "Slug")] = "Address",
        [("GuidancePage", "BodyMarkdown")] = "Body",
        [("GuidancePage", "Feature")] = "Built-in list shown on the page",
        [("GuidancePage", "Source")] = "Source line",
        [("GuidancePage", "SortOrder")] = "Position in the menu",
        [("GuidancePage", "NavigationLabel")] = "Menu label",
        [("GuidancePage", "OwnerName")] = "Owner",
        [("GuidancePage", "ReviewIntervalMonths")] = "Review every (months)",
        [("GuidancePage", "LastReviewedOn")] = "Last reviewed",
        [("GuidancePage", "RetiredAtUtc")] = "Retired",
        [("GuidancePage", "RetiredRedirectTo")] = "Send visitors to",
        [("PageSection", "BodyMarkdown")] = "Text",
        [("PageSection", "Sources")] = "Sources for this section",
        [("PageSection", "Cycle")] = "Match cycle",
        [("PageSection", "SortOrder")] = "Position",
        [("PageDraft", "ScheduledPublishAtUtc")] = "Publish at",
        [("PageDraft", "ChangeNote")] = "What changed",
        [("PageDraft", "BodyMarkdown")] = "Body",
        [("DraftReviewRequest", "ReviewerName")] = "Reviewer",
        [("DraftReviewRequest", "RequestedByName")] = "Asked by",
        [("DraftReviewRequest", "RequestedAtUtc")] = "Asked on",
        [("DraftReviewRequest", "DecidedAtUtc")] = "Answered on",
        [("DraftComment", "AuthorName")] = "Written by",
        [("DraftComment", "WrittenAtUtc")] = "Written on",
        [("DraftComment", "Text")] = "Comment",
    };

    /// <summary>Fields that repeat another one in a form a person does not read (a page's owner is listed by name).</summary>
    private static readonly HashSet<(string Type, string Property)> Repeats =
    [
        ("GuidancePage", "OwnerUserId"), ("PageDraft", "UpdatedByUserId"),
        ("DraftReviewRequest", "ReviewerUserId"), ("DraftReviewRequest", "RequestedByUserId"), ("DraftReviewRequest", "PageDraftId"),
        ("DraftComment", "AuthorUserId"), ("DraftComment", "PageDraftId"),
    ];

    /// <summary>A key or token: 8-4-4-4-12 hex digits, or 32 in a row.</summary>
    private static readonly Regex Identifier = new(
        @"^\s*[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}\s*$", RegexOptions.CultureInvariant);

    /// <summary>
    /// Bookkeeping written alongside the change a person made (a revision, a draft, the change note members follow):
    /// used for the verb, not listed as changes.
    /// </summary>
    private static readonly HashSet<string> Bookkeeping = new(StringComparer.Ordinal) { "PageRevision", "PageDraft", "PageReview", "ChangeLogEntry" };

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

    /// <summary>
    /// <see cref="TitleProperties"/> and the other fields that name a record without a title (a section's heading, a
    /// term, an office, an account's e-mail): what a record is called when nothing better names it.
    /// </summary>
    public static readonly IReadOnlyList<string> NameProperties =
        [.. TitleProperties, "Heading", "Term", "Office", "ProgramName", "Language", "Country", "Email", "Item"];

    /// <summary>The key <c>names</c> holds a record's name under: "Mentor:3".</summary>
    public static string NameKey(string entityType, string entityKey) => entityType + ":" + entityKey;

    /// <summary>The records the fields of <paramref name="rows"/> point at (a pairing's mentor, a role grant's account), to be named.</summary>
    public IEnumerable<(string EntityType, string EntityKey)> References(IEnumerable<AuditRow> rows)
    {
        foreach (var row in rows)
        {
            foreach (var json in new[] { row.BeforeJson, row.AfterJson })
            {
                using var document = Parse(json);
                if (document is null)
                {
                    continue;
                }

                foreach (var property in document.RootElement.EnumerateObject())
                {
                    if (schema.Reference(row.EntityType, property.Name) is { } target && KeyText(property.Value) is { } key)
                    {
                        yield return (target, key);
                    }
                }
            }
        }
    }

    private static string? KeyText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String when !string.IsNullOrEmpty(value.GetString()) => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };

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

        if (Labels.TryGetValue((entityType, property), out var label))
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
            return name is "User" || name == property ? Capital(EntityName(target)) : Humanize(name);
        }

        return Humanize(name);
    }

    /// <summary>One stored value as plain text; enums by their display text, times in the staff time zone.</summary>
    public string ValueText(string entityType, string property, JsonElement value, IReadOnlyDictionary<string, string>? names = null)
    {
        if (schema.Reference(entityType, property) is { } target && KeyText(value) is { } key)
        {
            return names is not null && names.TryGetValue(NameKey(target, key), out var name) ? name : "(" + Article(EntityName(target)) + " no longer on file)";
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
                return EnumText(type, Enum.ToObject(type, number));
            case JsonValueKind.String when type is { IsEnum: true } && Enum.TryParse(type, value.GetString(), out var parsed):
                return EnumText(type, parsed!);
            case JsonValueKind.String when (type == typeof(DateTime) || type == typeof(DateTimeOffset)) && value.TryGetDateTime(out var at):
                return time.Format(at.Kind == DateTimeKind.Local ? at.ToUniversalTime() : at);
            case JsonValueKind.String when type == typeof(DateOnly) && DateOnly.TryParse(value.GetString(), CultureInfo.InvariantCulture, out var day):
                return day.ToString("MMMM d, yyyy", Us);
            case JsonValueKind.String:
                var text = string.Join(' ', (value.GetString() ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                return text.Length == 0 ? "(empty)" : Identifier.IsMatch(text) ? "(an internal code)" : text.Length <= ValueLength ? text : text[..ValueLength] + "…";
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
        var changes = rows.Where(r => !Bookkeeping.Contains(r.EntityType) && !Parts.Contains(r.EntityType)).SelectMany(r => Changes(r, names))
            .Concat(PartChanges(rows.Where(r => Parts.Contains(r.EntityType)).ToList(), names))
            .ToList();
        var title = TitleOf(rows, subject) ?? currentTitle ?? ReferenceTitle(subject, names);
        var verb = VerbOf(rows, subject);
        var subjectText = "the " + EntityName(subject.EntityType) + (title is null ? string.Empty : " “" + title + "”");
        if (Schedule(rows) is { } schedule)
        {
            // Scheduling saves only the draft: said as what it is, with the time in the staff time zone.
            var page = "the page" + (title is null ? string.Empty : " “" + title + "”");
            (verb, subjectText) = schedule.At is { } at
                ? ("scheduled", page + " to publish on " + time.Format(at))
                : ("cancelled the scheduled publication of", page);
            changes.Add(new AuditChange(
                "page", "Publish at", schedule.Before is { } was ? time.Format(was) : "(not scheduled)", schedule.At is { } next ? time.Format(next) : "(not scheduled)"));
        }
        else if (DraftReviewWords(subject, title) is { } review)
        {
            (verb, subjectText) = review;
        }

        return new AuditEvent(first.ActionId, rows.Max(r => r.AtUtc), first.ActorName, verb, subjectText, subject.EntityType, subject.EntityKey, changes);
    }

    /// <summary>A change of a draft's scheduled publication in <paramref name="rows"/> (not a publication itself), or null.</summary>
    private static (DateTime? Before, DateTime? At)? Schedule(IReadOnlyList<AuditRow> rows)
    {
        if (rows.Any(r => r.EntityType == "PageRevision"))
        {
            return null;
        }

        foreach (var row in rows.Where(r => r.EntityType == "PageDraft" && r.Action != AuditAction.Deleted))
        {
            using var after = Parse(row.AfterJson);
            using var before = Parse(row.BeforeJson);
            if (after is null || !after.RootElement.TryGetProperty("ScheduledPublishAtUtc", out var at))
            {
                continue;
            }

            var next = TimeOf(at);
            var was = before is not null && before.RootElement.TryGetProperty("ScheduledPublishAtUtc", out var old) ? TimeOf(old) : null;
            if (next is null && was is null)
            {
                continue;
            }

            return (was, next);
        }

        return null;
    }

    /// <summary>
    /// "Send for review" said as what happened (ADR 0093): a draft sent for review, approved, returned or commented on,
    /// or null when <paramref name="subject"/> is not a review of a draft.
    /// </summary>
    private static (string Verb, string Subject)? DraftReviewWords(AuditRow subject, string? title)
    {
        var draft = "the draft of the page" + (title is null ? string.Empty : " “" + title + "”");
        if (subject.EntityType == "DraftComment" && subject.Action == AuditAction.Added)
        {
            return ("commented on", draft);
        }

        if (subject.EntityType != "DraftReviewRequest")
        {
            return null;
        }

        if (subject.Action == AuditAction.Added)
        {
            return ("sent", draft + " for review");
        }

        using var after = Parse(subject.AfterJson);
        DraftReviewStatus? status = after is null || !after.RootElement.TryGetProperty("Status", out var value) ? null
            : value.ValueKind == JsonValueKind.String && Enum.TryParse<DraftReviewStatus>(value.GetString(), out var named) ? named
            : value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? (DraftReviewStatus)number
            : null;
        return status switch
        {
            DraftReviewStatus.Approved => ("approved", draft),
            DraftReviewStatus.Returned => ("returned", draft + " to its author"),
            _ => null,
        };
    }

    private static DateTime? TimeOf(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && value.TryGetDateTime(out var at)
            ? at.Kind == DateTimeKind.Local ? at.ToUniversalTime() : DateTime.SpecifyKind(at, DateTimeKind.Utc)
            : null;

    /// <summary>A record without a name of its own, named by the records it joins (a pairing's mentor and mentee), or null.</summary>
    private string? ReferenceTitle(AuditRow subject, IReadOnlyDictionary<string, string>? names)
    {
        using var document = Parse(subject.AfterJson ?? subject.BeforeJson);
        if (names is null || document is null)
        {
            return null;
        }

        var parts = new List<string>();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (schema.Reference(subject.EntityType, property.Name) is { } target && KeyText(property.Value) is { } key
                && names.TryGetValue(NameKey(target, key), out var name) && !parts.Contains(name))
            {
                parts.Add(name);
            }
        }

        return parts.Count == 0 ? null : string.Join(" – ", parts);
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Article(string noun) => ("aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an " : "a ") + noun;

    /// <summary>The changed fields of one row: old → new for a change, every filled field for an addition or a deletion.</summary>
    public IEnumerable<AuditChange> Changes(AuditRow row) => Changes(row, null);

    /// <summary><see cref="Changes(AuditRow)"/> with the records its fields point at named from <paramref name="names"/>.</summary>
    public IEnumerable<AuditChange> Changes(AuditRow row, IReadOnlyDictionary<string, string>? names)
    {
        var record = EntityName(row.EntityType);
        using var before = Parse(row.BeforeJson);
        using var after = Parse(row.AfterJson);
        var fields = (after ?? before)?.RootElement.EnumerateObject().Select(p => p.Name).ToList() ?? [];
        var changes = new List<AuditChange>();
        foreach (var name in fields.Where(n => n != "Id" && !IsDerived(n) && !BookkeepingFields.Contains(n) && !Repeats.Contains((row.EntityType, n))))
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

    /// <summary>
    /// Parts (page sections, a mentor's languages) are replaced as a set when their parent is saved: a part deleted and
    /// one added with the same heading or name (else at the same position) read as one change of the fields that
    /// differ; the rest as added or removed.
    /// </summary>
    private IEnumerable<AuditChange> PartChanges(List<AuditRow> rows, IReadOnlyDictionary<string, string>? names)
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
                yield return new AuditChange(EntityName(added.EntityType), "Added", "(none)", Name(added.AfterJson) ?? "an unnamed " + EntityName(added.EntityType));
                continue;
            }

            pairs.Add((old, added, name));
            var pair = new AuditRow(added.Id, added.ActionId, added.AtUtc, added.ActorName, AuditAction.Modified, added.EntityType, added.EntityKey, old.BeforeJson, added.AfterJson);
            foreach (var change in Changes(pair, names).Where(c => !PositionFields.Any(f => FieldLabel(added.EntityType, f) == c.Field)))
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
            yield return new AuditChange(EntityName(row.EntityType), "Removed", Name(row.BeforeJson) ?? "an unnamed " + EntityName(row.EntityType), "(none)");
        }

        foreach (var row in rows.Where(r => r.Action == AuditAction.Modified))
        {
            foreach (var change in Changes(row, names))
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
                var name = pair.Name ?? "an unnamed " + EntityName(type);
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
