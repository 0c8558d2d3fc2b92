using ImgPortal.Core.Costs;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.Infrastructure.Costs;

/// <summary>Registers the application cost planner.</summary>
public static class CostsRegistration
{
    public static IServiceCollection AddCosts(this IServiceCollection services)
    {
        services.AddScoped<ICostService, CostService>();
        return services;
    }
}
