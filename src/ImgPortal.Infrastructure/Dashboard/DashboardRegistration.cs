using ImgPortal.Core.Dashboard;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.Infrastructure.Dashboard;

/// <summary>Registers the member dashboard and the staff to-do list.</summary>
public static class DashboardRegistration
{
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddScoped<IDashboardService, DashboardService>();
        services.AddScoped<IStaffToDoService, StaffToDoService>();
        return services;
    }
}
