using ImgPortal.Core.Auditing;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.Infrastructure.Data.Auditing;

/// <summary>
/// Registers the staff audit log's reading side: the log, its wording, record titles and the audited schema.
/// The writing side, <see cref="AuditInterceptor"/>, is database plumbing and stays in AddInfrastructure.
/// </summary>
public static class AuditingRegistration
{
    public static IServiceCollection AddAuditing(this IServiceCollection services)
    {
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<AuditWording>();
        services.AddScoped<IAuditTitles, AuditTitles>();
        services.AddSingleton<IAuditSchema, AuditSchema>();
        return services;
    }
}
