using ImgPortal.Core.Alerts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.Infrastructure.Alerts;

/// <summary>Registers change alerts and the public change log (ADR 0078): options validated at start, unsubscribe tokens, the use cases.</summary>
public static class AlertsRegistration
{
    public static IServiceCollection AddAlerts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AlertOptions>()
            .Bind(configuration.GetSection(AlertOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IUnsubscribeTokens, DataProtectionUnsubscribeTokens>();
        services.AddScoped<IAlertSettingsService, AlertSettingsService>();
        services.AddScoped<IChangeLogService, ChangeLogService>();
        services.AddScoped<IAlertService, AlertService>();
        return services;
    }
}
