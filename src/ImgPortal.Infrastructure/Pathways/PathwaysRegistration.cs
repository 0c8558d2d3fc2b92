using ImgPortal.Core.Pathways;
using ImgPortal.Core.Pathways.SelfCheck;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.Infrastructure.Pathways;

/// <summary>Registers the state pathways, the self-check and the commission report they cite.</summary>
public static class PathwaysRegistration
{
    public static IServiceCollection AddPathways(this IServiceCollection services)
    {
        services.AddScoped<IStatePathwayService, StatePathwayService>();
        services.AddScoped<ISelfCheckService, SelfCheckService>();
        services.AddSingleton<ICommissionReportSource, CommissionReportSource>();
        return services;
    }
}
