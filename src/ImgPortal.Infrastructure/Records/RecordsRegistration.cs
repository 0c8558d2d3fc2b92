using ImgPortal.Core.Records;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.Infrastructure.Records;

/// <summary>Registers the structured-record editor, its catalog and every record type Core declares.</summary>
public static class RecordsRegistration
{
    public static IServiceCollection AddRecords(this IServiceCollection services)
    {
        services.AddScoped<IRecordEditingService, RecordEditingService>();
        services.AddScoped<RecordCatalog>();
        AddRecordTypes(services);
        return services;
    }

    /// <summary>
    /// Registers every structured-record type declared in Core (each a concrete <see cref="RecordType"/>), so a new
    /// type needs only its own folder. Scoped: a type may depend on scoped services (the roadmap steps' on
    /// <see cref="Core.Profiles.IMemberStages"/>).
    /// </summary>
    private static void AddRecordTypes(IServiceCollection services)
    {
        var types = typeof(RecordType).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsSubclassOf(typeof(RecordType)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in types)
        {
            services.AddScoped(typeof(RecordType), type);
        }
    }
}
