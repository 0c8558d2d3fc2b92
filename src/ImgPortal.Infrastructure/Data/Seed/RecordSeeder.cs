using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ImgPortal.Core.Auditing;
using ImgPortal.Core.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ImgPortal.Infrastructure.Data.Seed;

/// <summary>
/// Writes a seeded record type (fees, glossary terms, state pathways, programs, roadmap steps, season dates) and
/// brings a corrected seed to an existing database (ADR 0098, 0103), as <see cref="GuidanceSeeder"/> does for pages
/// (ADR 0088). An empty table gets every seeded record. In a table with
/// records, each seeded record is found by its key: one staff never edited takes the seed's values, with an audit
/// entry by <see cref="SeedActor"/> (so it shows in the type's history) and, for a followed type, a change log entry;
/// one staff edited is kept. A record is untouched when its values still hash to <see cref="ISeededRecord.SeededHash"/>,
/// what the seed last wrote; one seeded before that column existed counts as untouched only if the audit trail has no
/// entry for it. A seeded record whose key is missing is added unless staff deleted a record with that key (the audit
/// trail's deletions) or, for a type with groups, a record of its group is left (for fees: its item and cycle). A key
/// two records share (New York's two limited-license routes) is told apart by a tie-break (the name) (ADR 0103). After
/// a change the type's own follow-up runs (members' stages after roadmap steps). One log line names what was added,
/// updated and kept.
/// </summary>
public sealed class RecordSeeder(AppDbContext db, TimeProvider clock, ILogger<RecordSeeder> logger)
{
    /// <summary>The actor named in the audit trail for a seed's correction.</summary>
    public const string SeedActor = "the portal's seed, corrected on upgrade";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>What one run did, by record key: added, updated (never edited by staff), and kept (edited by staff, seed differs).</summary>
    public sealed record Result(IReadOnlyList<string> Added, IReadOnlyList<string> Updated, IReadOnlyList<string> Kept);

    /// <param name="keyOf">The record's natural key, stable across seeds (a fee's item, cycle and band; a step's key).</param>
    /// <param name="groupOf">
    /// A missing seeded record is added only when no record of its group is left; null: added unless staff deleted a
    /// record with its key.
    /// </param>
    /// <param name="tieBreakOf">Appended to a key that more than one seeded or stored record shares, to tell them apart.</param>
    public async Task<Result> SeedAsync<TEntity>(
        RecordType<TEntity> type,
        IReadOnlyList<TEntity> seed,
        Func<TEntity, string> keyOf,
        Func<TEntity, string>? groupOf,
        Func<TEntity, string>? tieBreakOf = null,
        CancellationToken cancellationToken = default)
        where TEntity : class, ISeededRecord
    {
        var set = db.Set<TEntity>();
        var owned = SeedOwned<TEntity>();
        if (!await set.AnyAsync(cancellationToken))
        {
            foreach (var record in seed)
            {
                record.SeededHash = HashOf(record, owned);
            }

            set.AddRange(seed);
            await db.SaveChangesAsync(cancellationToken);
            await AfterChangeAsync(type, cancellationToken);
            logger.LogInformation("Seeded {Count} {RecordType} record(s)", seed.Count, type.AuditName);
            return new Result([.. seed.Select(Identify(seed, [], keyOf, tieBreakOf))], [], []);
        }

        var existing = await set.ToListAsync(cancellationToken);
        var identify = Identify(seed, existing, keyOf, tieBreakOf);
        var byKey = existing.GroupBy(identify, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var groups = groupOf is null ? null : existing.Select(groupOf).ToHashSet(StringComparer.Ordinal);
        var entityName = typeof(TEntity).Name;
        var audited = (await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == entityName)
            .Select(a => a.EntityKey)
            .Distinct()
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var deleted = (await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == entityName && a.Action == AuditAction.Deleted && a.BeforeJson != null)
            .Select(a => a.BeforeJson!)
            .ToListAsync(cancellationToken))
            .Select(Deserialized<TEntity>)
            .OfType<TEntity>()
            .Select(identify)
            .ToHashSet(StringComparer.Ordinal);

        var added = new List<string>();
        var updated = new List<string>();
        var kept = new List<string>();
        var now = clock.GetUtcNow().UtcDateTime;
        var actionId = Guid.NewGuid().ToString("N");
        var corrections = new List<(TEntity Record, Dictionary<string, object?> Before, Dictionary<string, object?> After)>();
        foreach (var wanted in seed)
        {
            var key = identify(wanted);
            var wantedHash = HashOf(wanted, owned);
            if (!byKey.TryGetValue(key, out var record))
            {
                // Only the groups the database had before this run: every band of a new item or cycle is added. A record
                // staff deleted stays deleted.
                if (!deleted.Contains(key) && (groups is null || !groups.Contains(groupOf!(wanted))))
                {
                    wanted.SeededHash = wantedHash;
                    set.Add(wanted);
                    if (type.DescribeChange(null, wanted) is { } addition)
                    {
                        db.ChangeLogEntries.Add(addition.ToEntry(now));
                    }

                    added.Add(key);
                }

                continue;
            }

            var currentHash = HashOf(record, owned);
            if (currentHash == wantedHash)
            {
                // Already the seed's values: note them as the seed's, so a later correction can replace them.
                record.SeededHash ??= wantedHash;
                continue;
            }

            if (record.SeededHash == wantedHash)
            {
                // The seed has not changed since it last wrote this record: the difference is staff's own edit.
                continue;
            }

            var untouched = record.SeededHash is null
                ? !audited.Contains(record.Id.ToString(CultureInfo.InvariantCulture))
                : record.SeededHash == currentHash;
            if (!untouched)
            {
                kept.Add(key);
                continue;
            }

            var before = type.View(record);
            var changed = owned.Where(p => !Equals(Normalized(p.GetValue(record)), Normalized(p.GetValue(wanted)))).ToList();
            var beforeValues = changed.ToDictionary(p => p.Name, p => p.GetValue(record));
            foreach (var property in owned)
            {
                property.SetValue(record, property.GetValue(wanted));
            }

            record.SeededHash = wantedHash;
            record.Version = Guid.NewGuid();
            corrections.Add((record, beforeValues, changed.ToDictionary(p => p.Name, p => p.GetValue(record))));
            if (type.DescribeChange(before, record) is { } change)
            {
                db.ChangeLogEntries.Add(change.ToEntry(now));
            }

            updated.Add(key);
        }

        foreach (var (record, before, after) in corrections)
        {
            db.AuditEntries.Add(new AuditEntry
            {
                ActionId = actionId,
                AtUtc = now,
                ActorName = SeedActor,
                Action = AuditAction.Modified,
                EntityType = entityName,
                EntityKey = record.Id.ToString(CultureInfo.InvariantCulture),
                BeforeJson = JsonSerializer.Serialize(before, Json),
                AfterJson = JsonSerializer.Serialize(after, Json),
            });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            // Another instance starting at the same moment, or an editor, changed a record first: leave it to them.
            db.ChangeTracker.Clear();
            logger.LogWarning(ex, "The seeded {RecordType} records were not updated: one changed while they were being updated; the next start tries again", type.AuditName);
            return new Result([], [], kept);
        }

        if (added.Count > 0 || updated.Count > 0)
        {
            await AfterChangeAsync(type, cancellationToken);
        }

        if (added.Count > 0 || updated.Count > 0 || kept.Count > 0)
        {
            logger.LogInformation(
                "Seeded {RecordType} records: added {AddedCount} {AddedRecords}; updated {UpdatedCount} record(s) staff never changed {UpdatedRecords}; kept {KeptCount} record(s) staff changed, whose seeded values differ {KeptRecords}",
                type.AuditName, added.Count, added, updated.Count, updated, kept.Count, kept);
        }

        return new Result(added, updated, kept);
    }

    /// <summary>The type's own follow-up to a change (members' stages after roadmap steps), saved after it.</summary>
    private async Task AfterChangeAsync<TEntity>(RecordType<TEntity> type, CancellationToken cancellationToken)
        where TEntity : class, IRecord
    {
        await type.AfterChangeAsync(cancellationToken);
        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>
    /// The key a record is matched by: <paramref name="keyOf"/>, with <paramref name="tieBreakOf"/> appended where
    /// more than one seeded record, or more than one stored record, shares that key.
    /// </summary>
    private static Func<TEntity, string> Identify<TEntity>(
        IEnumerable<TEntity> seed, IEnumerable<TEntity> existing, Func<TEntity, string> keyOf, Func<TEntity, string>? tieBreakOf)
    {
        if (tieBreakOf is null)
        {
            return keyOf;
        }

        var shared = seed.GroupBy(keyOf, StringComparer.Ordinal).Concat(existing.GroupBy(keyOf, StringComparer.Ordinal))
            .Where(g => g.Skip(1).Any())
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        return record => keyOf(record) is var key && shared.Contains(key) ? key + " " + tieBreakOf(record) : key;
    }

    /// <summary>A deleted record as the audit trail kept it (every property but the version token); null if unreadable.</summary>
    private static TEntity? Deserialized<TEntity>(string json)
        where TEntity : class
    {
        try
        {
            return JsonSerializer.Deserialize<TEntity>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// SHA-256 (hex) of the values the seed owns: every mapped property of <typeparamref name="TEntity"/> but its key,
    /// version token and <see cref="ISeededRecord.SeededHash"/>, by name, with amounts written without trailing zeros.
    /// </summary>
    public static string HashOf<TEntity>(TEntity record)
        where TEntity : class, ISeededRecord => HashOf(record, SeedOwned<TEntity>());

    private static string HashOf<TEntity>(TEntity record, IReadOnlyList<PropertyInfo> owned)
    {
        var text = new StringBuilder();
        foreach (var property in owned)
        {
            var value = Normalized(property.GetValue(record)) ?? "\u0000null";
            text.Append(property.Name).Append('=').Append(value.Length).Append(':').Append(value).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>A value as invariant text: a database reads 587 back as 587.00, which must hash the same.</summary>
    private static string? Normalized(object? value) => value switch
    {
        null => null,
        decimal amount => amount.ToString("0.############################", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>The writable scalar properties the seed owns, in name order.</summary>
    private static IReadOnlyList<PropertyInfo> SeedOwned<TEntity>() =>
        [.. typeof(TEntity).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p is { CanRead: true, CanWrite: true } && p.GetIndexParameters().Length == 0)
            .Where(p => p.GetCustomAttribute<System.ComponentModel.DataAnnotations.Schema.NotMappedAttribute>() is null)
            .Where(p => p.Name is not (nameof(IRecord.Id) or nameof(IRecord.Version) or nameof(ISeededRecord.SeededHash)))
            .Where(p => IsScalar(Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType))
            .OrderBy(p => p.Name, StringComparer.Ordinal)];

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateOnly)
        || type == typeof(DateTime) || type == typeof(Guid);
}
