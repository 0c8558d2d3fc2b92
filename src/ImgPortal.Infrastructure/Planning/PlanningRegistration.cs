using ImgPortal.Core.Planning;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.Infrastructure.Planning;

/// <summary>Registers the season's key dates.</summary>
public static class PlanningRegistration
{
    public static IServiceCollection AddPlanning(this IServiceCollection services)
    {
        services.AddScoped<ISeasonDatesService, SeasonDatesService>();
        return services;
    }
}
