using ImgPortal.Core.Waivers;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.Infrastructure.Waivers;

/// <summary>Registers the waiver alerts and the waiver timeline.</summary>
public static class WaiversRegistration
{
    public static IServiceCollection AddWaivers(this IServiceCollection services)
    {
        services.AddScoped<IWaiverAlertService, WaiverAlertService>();
        services.AddScoped<IWaiverTimelineService, WaiverTimelineService>();
        return services;
    }
}
