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

    public Type? PropertyType(string entityType, string property) =>
        _types.Value.TryGetValue((entityType, property), out var type) ? type : null;
}
