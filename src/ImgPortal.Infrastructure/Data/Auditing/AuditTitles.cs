using System.Globalization;
using ImgPortal.Core.Auditing;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Infrastructure.Data.Auditing;

/// <summary>Reads a record's current title through the EF model, for entries that changed something other than its title.</summary>
public sealed class AuditTitles(AppDbContext db) : IAuditTitles
{
    public async Task<string?> TitleAsync(string entityType, string entityKey, CancellationToken cancellationToken = default)
    {
        var entity = db.Model.GetEntityTypes().FirstOrDefault(e => !e.IsOwned() && e.ClrType.Name.Split('`')[0] == entityType);
        var key = entity?.FindPrimaryKey();
        var titleProperty = AuditWording.TitleProperties.Select(p => entity?.FindProperty(p)).FirstOrDefault(p => p?.ClrType == typeof(string));
        if (entity is null || key is not { Properties.Count: 1 } || titleProperty is null)
        {
            return null;
        }

        object keyValue;
        try
        {
            var keyType = Nullable.GetUnderlyingType(key.Properties[0].ClrType) ?? key.Properties[0].ClrType;
            keyValue = Convert.ChangeType(entityKey, keyType, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            return null;
        }

        var found = await db.FindAsync(entity.ClrType, [keyValue], cancellationToken);
        if (found is null)
        {
            return null;
        }

        var entry = db.Entry(found);
        var title = entry.Property(titleProperty.Name).CurrentValue as string;
        if (entry.State == EntityState.Unchanged)
        {
            entry.State = EntityState.Detached;
        }

        return string.IsNullOrWhiteSpace(title) ? null : title.Trim();
    }
}
