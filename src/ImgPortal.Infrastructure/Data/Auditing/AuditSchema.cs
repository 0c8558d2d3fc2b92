using ImgPortal.Core.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.Infrastructure.Data.Auditing;

/// <summary>Property types of the audited entities, read once from the EF model (the trail names types as the interceptor does).</summary>
public sealed class AuditSchema(IServiceScopeFactory scopes) : IAuditSchema
{
    private readonly Lazy<Dictionary<(string, string), Type>> _types = new(() =>
    {
        using var scope = scopes.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<AppDbContext>().Model;
        var types = new Dictionary<(string, string), Type>();
        foreach (var entity in model.GetEntityTypes())
        {
            var name = entity.ClrType.Name.Split('`')[0];
            foreach (var property in entity.GetProperties())
            {
                types.TryAdd((name, property.Name), property.ClrType);
            }
        }

        return types;
    });

    private readonly Lazy<Dictionary<(string, string), string>> _references = new(() =>
    {
        using var scope = scopes.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<AppDbContext>().Model;
        var references = new Dictionary<(string, string), string>();
        foreach (var entity in model.GetEntityTypes())
        {
            var name = entity.ClrType.Name.Split('`')[0];
            foreach (var key in entity.GetForeignKeys().Where(k => k.Properties.Count == 1 && !k.PrincipalEntityType.IsOwned()))
            {
                references.TryAdd((name, key.Properties[0].Name), key.PrincipalEntityType.ClrType.Name.Split('`')[0]);
            }

            // An account's id kept without a foreign key (a page's owner, who last saved a draft) still names a person.
            foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(string) && p.Name.EndsWith("UserId", StringComparison.Ordinal)))
            {
                references.TryAdd((name, property.Name), nameof(Accounts.ApplicationUser));
            }
        }

        return references;
    });

    public Type? PropertyType(string entityType, string property) =>
        _types.Value.TryGetValue((entityType, property), out var type) ? type : null;

    public string? Reference(string entityType, string property) =>
        _references.Value.TryGetValue((entityType, property), out var target) ? target : null;
}
