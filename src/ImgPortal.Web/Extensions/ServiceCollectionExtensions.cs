using ImgPortal.Core.Common;
using ImgPortal.Infrastructure;
using ImgPortal.Infrastructure.Data;
using ImgPortal.Infrastructure.Identity;
using ImgPortal.Web.Health;
using ImgPortal.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Authorization;

namespace ImgPortal.Web.Extensions;

public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddPortalServices(
        this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddInfrastructure(configuration, environment);
        services.AddPortalIdentity();

        services.AddRouting(options => options.LowercaseUrls = true);
        services.AddControllersWithViews(options =>
        {
            // Every action must say who may use it: anything without [AllowAnonymous] needs a login.
            options.Filters.Add(new AuthorizeFilter());
            options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
        });
        services.AddRazorPages();

        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>(DatabaseHealthCheck.Name, tags: [DatabaseHealthCheck.Name]);
        return services;
    }

    private static IServiceCollection AddPortalIdentity(this IServiceCollection services)
    {
        services
            .AddDefaultIdentity<ApplicationUser>(PortalIdentityOptions.Apply)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddUserManager<PortalUserManager>()
            .AddSignInManager<PortalSignInManager>()
            .AddPasswordValidator<CommonPasswordValidator>();

        // The cookie is checked against the user's security stamp on every request, so signing out
        // (which renews the stamp) makes any copy of the old cookie worthless at once.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "ImgPortal.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.StaffOnly, policy => policy.RequireRole(Roles.Staff, Roles.Admin))
            .AddPolicy(Policies.AdminOnly, policy => policy.RequireRole(Roles.Admin));

        services.AddTransient<Microsoft.AspNetCore.Identity.UI.Services.IEmailSender, IdentityEmailSender>();
        return services;
    }
}
