using System.Globalization;
using ImgPortal.Core.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ImgPortal.Infrastructure.Data.Auditing;

/// <summary>
/// Reads a record's current name through the EF model, for entries that changed something other than its name: its
/// title or another naming field (<see cref="AuditVocabulary.NameProperties"/>), else the names of the records it joins
/// (a pairing by its mentor and mentee, a role grant by its account and role).
/// </summary>
public sealed class AuditTitles(AppDbContext db) : IAuditTitles
{
    public Task<string?> TitleAsync(string entityType, string entityKey, CancellationToken cancellationToken = default) =>
        TitleAsync(entityType, entityKey, joins: true, cancellationToken);

    private async Task<string?> TitleAsync(string entityType, string entityKey, bool joins, CancellationToken cancellationToken)
    {
        var entity = db.Model.GetEntityTypes().FirstOrDefault(e => !e.IsOwned() && e.ClrType.Name.Split('`')[0] == entityType);
        var key = entity?.FindPrimaryKey();
        if (entity is null || key is null)
        {
            return null;
        }

        var nameProperties = AuditVocabulary.NameProperties.Select(entity.FindProperty).OfType<IProperty>().Where(p => p.ClrType == typeof(string)).ToList();
        if (nameProperties.Count == 0 && !joins)
        {
            return null;
        }

        var keyValues = KeyValues(key, entityKey);
        if (keyValues is null)
        {
            return null;
        }

        var found = await db.FindAsync(entity.ClrType, keyValues, cancellationToken);
        if (found is null)
        {
            return null;
        }

        var entry = db.Entry(found);
        // The first naming field that holds something: an account's display name may be empty, its user name is not.
        var title = nameProperties.Select(p => entry.Property(p.Name).CurrentValue as string).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        if (title is null && joins)
        {
            var names = new List<string>();
            foreach (var foreignKey in entity.GetForeignKeys().Where(k => k.Properties.Count == 1 && !k.PrincipalEntityType.IsOwned()))
            {
                var value = Convert.ToString(entry.Property(foreignKey.Properties[0].Name).CurrentValue, CultureInfo.InvariantCulture);
                if (!string.IsNullOrEmpty(value)
                    && await TitleAsync(foreignKey.PrincipalEntityType.ClrType.Name.Split('`')[0], value, joins: false, cancellationToken) is { } name
                    && !names.Contains(name))
                {
                    names.Add(name);
                }
            }

            title = names.Count == 0 ? null : string.Join(" – ", names);
        }

        if (entry.State == EntityState.Unchanged)
        {
            entry.State = EntityState.Detached;
        }

        return string.IsNullOrWhiteSpace(title) ? null : title.Trim();
    }

    /// <summary>The stored key ("3", or "a,b" for a key of two parts) as the key's own types, or null when it does not fit.</summary>
    private static object[]? KeyValues(IKey key, string entityKey)
    {
        var parts = entityKey.Split(',');
        if (parts.Length != key.Properties.Count)
        {
            return null;
        }

        try
        {
            return [.. key.Properties.Select((p, i) =>
                Convert.ChangeType(parts[i], Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType, CultureInfo.InvariantCulture))];
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            return null;
        }
    }
}
