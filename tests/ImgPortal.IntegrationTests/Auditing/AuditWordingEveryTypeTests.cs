using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ImgPortal.Core.Auditing;
using ImgPortal.Infrastructure.Data;
using ImgPortal.Infrastructure.Data.Auditing;
using ImgPortal.Infrastructure.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.IntegrationTests.Auditing;

/// <summary>
/// For every entity type the trail records, an addition, a change of every field and a deletion are stored as the
/// interceptor stores them, then read back through the audit log: the words never show a key (a GUID or "#3") or a
/// property's PascalCase name.
/// </summary>
public sealed partial class AuditWordingEveryTypeTests(AuditWordingEveryTypeTests.Database fixture) : IClassFixture<AuditWordingEveryTypeTests.Database>
{
    private static readonly IModel Model = new SqliteAppDbContext(
        new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=:memory:").Options).Model;

    public static TheoryData<string> AuditedTypes()
    {
        var data = new TheoryData<string>();
        foreach (var name in Audited().Select(NameOf).Distinct().Order(StringComparer.Ordinal))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AuditedTypes))]
    public async Task Search_EntriesOfEveryAuditedType_AreWordedWithoutKeysOrPropertyNames(string entityType)
    {
        var entity = Audited().First(e => NameOf(e) == entityType);
        var key = entity.FindPrimaryKey()!.Properties.Count == 1 && entity.FindPrimaryKey()!.Properties[0].ClrType == typeof(int)
            ? "3"
            : string.Join(",", entity.FindPrimaryKey()!.Properties.Select(_ => Guid.NewGuid().ToString()));
        var actions = new[] { "a-", "m-", "d-" }.Select(a => a + Guid.NewGuid().ToString("N")).ToArray();
        await fixture.Value.WithAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            db.AuditEntries.AddRange(
                Entry(actions[0], AuditAction.Added, entityType, key, null, Values(entity, 1)),
                Entry(actions[1], AuditAction.Modified, entityType, key, Values(entity, 1), Values(entity, 2)),
                Entry(actions[2], AuditAction.Deleted, entityType, key, Values(entity, 2), null));
            return await db.SaveChangesAsync();
        });

        var found = await fixture.Value.WithAsync(services =>
            services.GetRequiredService<IAuditLog>().SearchAsync(new AuditFilter(entityType, null, null, null), 1, 50));

        var events = found.Items.Where(e => actions.Contains(e.ActionId)).ToList();
        Assert.Equal(3, events.Count);
        foreach (var text in events.SelectMany(e => e.Changes.Select(c => c.Text).Prepend(e.Headline)))
        {
            Assert.DoesNotMatch(GuidPattern(), text);
            Assert.DoesNotMatch(NumberPattern(), text);
            Assert.DoesNotMatch(PascalCasePattern(), text);
        }

    }

    private static IEnumerable<IEntityType> Audited() =>
        Model.GetEntityTypes().Where(e => !e.IsOwned() && e.FindPrimaryKey() is not null && e.ClrType != typeof(AuditEntry)
            && AuditInterceptor.IsAuditedType(e.ClrType));

    private static string NameOf(IEntityType entity) => entity.ClrType.Name.Split('`')[0];

    private static AuditEntry Entry(string actionId, AuditAction action, string type, string key, string? before, string? after) => new()
    {
        ActionId = actionId,
        AtUtc = new DateTime(2026, 12, 7, 15, 0, 0, DateTimeKind.Utc),
        ActorUserId = null,
        ActorName = "staff@example.org",
        Action = action,
        EntityType = type,
        EntityKey = key,
        BeforeJson = before,
        AfterJson = after,
    };

    /// <summary>Every stored property with a value of its type, as the interceptor serializes it; <paramref name="version"/> 1 and 2 differ.</summary>
    private static string Values(IEntityType entity, int version)
    {
        var values = new Dictionary<string, object?>();
        foreach (var property in entity.GetProperties().Where(p => !AuditInterceptor.IgnoredProperties.Contains(p.Name)))
        {
            var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
            values[property.Name] = type switch
            {
                _ when type == typeof(string) && (property.IsForeignKey() || property.Name == "Id" || property.Name.EndsWith("UserId", StringComparison.Ordinal)) =>
                    Guid.NewGuid().ToString(),
                _ when type == typeof(string) => version == 1 ? "first value" : "second value",
                _ when type == typeof(bool) => version == 2,
                _ when type == typeof(Guid) => Guid.NewGuid(),
                _ when type == typeof(DateTime) => new DateTime(2026, 12, version, 15, 0, 0, DateTimeKind.Utc),
                _ when type == typeof(DateTimeOffset) => new DateTimeOffset(2026, 12, version, 15, 0, 0, TimeSpan.Zero),
                _ when type == typeof(DateOnly) => new DateOnly(2026, 12, version),
                _ when type == typeof(TimeOnly) => new TimeOnly(9 + version, 0),
                _ when type == typeof(TimeSpan) => TimeSpan.FromMinutes(version),
                _ when type.IsEnum => Enum.GetValues(type).Cast<object>().ElementAt(Math.Min(version, Enum.GetValues(type).Length) - 1),
                _ when type == typeof(byte[]) => new byte[] { (byte)version },
                _ when type == typeof(decimal) => 10m + version,
                _ when type == typeof(double) => 10.5 + version,
                _ when type.IsPrimitive => Convert.ChangeType(property.IsForeignKey() ? 900 + version : 10 + version, type, CultureInfo.InvariantCulture),
                _ => null,
            };
        }

        return JsonSerializer.Serialize(values);
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}|[0-9a-fA-F]{32}")]
    private static partial Regex GuidPattern();

    [GeneratedRegex(@"#\d+")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\b[A-Z][a-z]+[A-Z][A-Za-z]*\b")]
    private static partial Regex PascalCasePattern();

    /// <summary>One database for the whole class (migrated and seeded once).</summary>
    public sealed class Database : IAsyncLifetime
    {
        public TestDatabase Value { get; private set; } = null!;

        public async Task InitializeAsync() => Value = await TestDatabase.CreateAsync();

        public async Task DisposeAsync() => await Value.DisposeAsync();
    }
}
