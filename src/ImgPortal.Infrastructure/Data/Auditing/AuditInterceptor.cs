using System.Text.Json;
using ImgPortal.Core.Auditing;
using ImgPortal.Core.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.Infrastructure.Data.Auditing;

/// <summary>
/// Records every change made by staff or an admin as an <see cref="AuditEntry"/>, for every entity type but
/// the audit trail itself and Identity's secrets (tokens, logins, claims) (ADR 0011). New entity types are
/// covered without changes here. Entries are written in a second save right after the first succeeds, so
/// database-generated keys are known, and in the same transaction: when the change has no transaction of its
/// own, the interceptor opens one before the first save and commits it after the second, so a change and its
/// entries commit together or not at all.
/// </summary>
public sealed class AuditInterceptor(IServiceProvider services, TimeProvider clock) : SaveChangesInterceptor
{
    /// <summary>Never copied into the trail: secrets and bookkeeping that changes on every sign-in.</summary>
    public static readonly IReadOnlySet<string> IgnoredProperties = new HashSet<string>(StringComparer.Ordinal)
    {
        "PasswordHash",
        "SecurityStamp",
        "ConcurrencyStamp",
        "AccessFailedCount",
        "SignedOutAtUtc",
        "Version",

        // A program coordinator's address is cleared after its retention period (ADR 0091): a copy in the trail would outlive it.
        nameof(Core.Programs.Confirmations.ProgramConfirmationRequest.CoordinatorEmail),
    };

    private static readonly HashSet<Type> IgnoredTypes =
    [
        typeof(AuditEntry),

        // E-mails hold personal data and links with tokens; the outbox itself records when each was sent.
        typeof(Core.Common.OutboxMessage),
        typeof(Core.Profiles.CalendarFeed),

        // Background-job leases change every tick on every instance: bookkeeping, not an edit.
        typeof(Core.Common.JobLease),

        // An LCA import's progress changes every few thousand rows, and its filings are the file's counts, replaced
        // wholesale by the next import of the year: bookkeeping. Staff's match decisions are audited.
        typeof(Core.Programs.Lca.LcaImport),
        typeof(Core.Programs.Lca.LcaFiling),
        typeof(IdentityUserToken<string>),
        typeof(IdentityUserLogin<string>),
        typeof(IdentityUserClaim<string>),
        typeof(IdentityRoleClaim<string>),
    ];

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>One id per interceptor instance, that is per request scope: every entry of one staff action shares it (ADR 0049).</summary>
    private readonly string _actionId = Guid.NewGuid().ToString("N");

    private List<PendingEntry>? _pending;

    /// <summary>The transaction this interceptor opened for a change and its entries, committed after both saves.</summary>
    private IDbContextTransaction? _transaction;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        if (_pending is { Count: > 0 } && eventData.Context is { Database.CurrentTransaction: null } context)
        {
            _transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        }

        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        if (_pending is { Count: > 0 } && eventData.Context is { Database.CurrentTransaction: null } context)
        {
            _transaction = context.Database.BeginTransaction();
        }

        return base.SavingChanges(eventData, result);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        var transaction = _transaction;
        _transaction = null;
        try
        {
            if (Complete(eventData.Context) is { } context)
            {
                await context.SaveChangesAsync(cancellationToken);
            }

            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }

        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        var transaction = _transaction;
        _transaction = null;
        try
        {
            Complete(eventData.Context)?.SaveChanges();
            transaction?.Commit();
        }
        finally
        {
            transaction?.Dispose();
        }

        return base.SavedChanges(eventData, result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        _pending = null;
        _transaction?.Dispose();
        _transaction = null;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _pending = null;
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
            _transaction = null;
        }
    }

    /// <summary>Whether changes to entities of <paramref name="clrType"/> are written to the trail (owned types aside).</summary>
    public static bool IsAuditedType(Type clrType) => !IgnoredTypes.Contains(clrType);

    /// <summary>Whether <paramref name="entry"/> belongs in the trail at all.</summary>
    public static bool IsAudited(EntityEntry entry) =>
        entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
        && !entry.Metadata.IsOwned()
        && !IgnoredTypes.Contains(entry.Metadata.ClrType);

    private void Capture(DbContext? context)
    {
        _pending = null;
        var user = services.GetService<ICurrentUser>();
        if (context is null || user is null || !user.IsStaff)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        var pending = new List<PendingEntry>();
        foreach (var entry in context.ChangeTracker.Entries().Where(IsAudited))
        {
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Added,
                EntityState.Deleted => AuditAction.Deleted,
                _ => AuditAction.Modified,
            };
            var properties = entry.Properties.Where(p => !IgnoredProperties.Contains(p.Metadata.Name)).ToList();
            string? before = null;
            string? after = null;
            switch (action)
            {
                case AuditAction.Modified:
                    var changed = properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).ToList();
                    if (changed.Count == 0)
                    {
                        continue;
                    }

                    before = Serialize(changed.ToDictionary(p => p.Metadata.Name, p => p.OriginalValue));
                    after = Serialize(changed.ToDictionary(p => p.Metadata.Name, p => p.CurrentValue));
                    break;
                case AuditAction.Deleted:
                    before = Serialize(properties.ToDictionary(p => p.Metadata.Name, p => p.OriginalValue));
                    break;
            }

            pending.Add(new PendingEntry(entry, action, before, after));
        }

        _pending = pending.Count > 0 ? pending : null;
    }

    /// <summary>Turns the captured changes into entries (keys and added values are known now); returns the context to save them with.</summary>
    private DbContext? Complete(DbContext? context)
    {
        var pending = _pending;
        _pending = null;
        if (context is null || pending is null)
        {
            return null;
        }

        var user = services.GetRequiredService<ICurrentUser>();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var item in pending)
        {
            var entry = item.Entry;
            var after = item.Action == AuditAction.Added
                ? Serialize(entry.Properties
                    .Where(p => !IgnoredProperties.Contains(p.Metadata.Name))
                    .ToDictionary(p => p.Metadata.Name, p => p.CurrentValue))
                : item.After;
            context.Set<AuditEntry>().Add(new AuditEntry
            {
                ActionId = _actionId,
                AtUtc = now,
                ActorUserId = user.UserId,
                ActorName = Truncate(user.Name ?? user.UserId ?? string.Empty, 256),
                Action = item.Action,
                EntityType = Truncate(entry.Metadata.ClrType.Name.Split('`')[0], 128),
                EntityKey = Truncate(KeyOf(entry), 256),
                BeforeJson = item.Before,
                AfterJson = after,
            });
        }

        return context;
    }

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null
            ? string.Empty
            : string.Join(",", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue ?? entry.Property(p.Name).OriginalValue, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static string Serialize(Dictionary<string, object?> values) => JsonSerializer.Serialize(values, Json);

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];

    private sealed record PendingEntry(EntityEntry Entry, AuditAction Action, string? Before, string? After);
}
