using ImgPortal.Core.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.Infrastructure.Accounts;

/// <summary>Registers the account services features ask for (Identity itself is wired by the web app).</summary>
public static class AccountsRegistration
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddScoped<IStaffDirectory, StaffDirectory>();
        return services;
    }
}
