using System.Security.Claims;
using ImgPortal.Core.Accounts;
using ImgPortal.Core.Common;
using ImgPortal.Infrastructure;
using ImgPortal.Infrastructure.Data;
using ImgPortal.Infrastructure.Identity;
using ImgPortal.Web.Health;
using ImgPortal.Web.Identity;
using ImgPortal.Web.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
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

        // Keys that protect cookies and e-mailed tokens outlive restarts and container rebuilds.
        var keysFolder = Path.GetFullPath(
            configuration["DataProtection:KeysDirectory"] ?? Path.Combine("App_Data", "keys"), environment.ContentRootPath);
        services.AddDataProtection()
            .SetApplicationName("ImgPortal")
            .PersistKeysToFileSystem(new DirectoryInfo(keysFolder));

        services.AddOptions<ReminderOptions>()
            .Bind(configuration.GetSection(ReminderOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddHostedService<ReminderBackgroundService>();
        services.AddHostedService<ProposalSweepBackgroundService>();

        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();

        services.AddRouting(options => options.LowercaseUrls = true);
        services.AddControllersWithViews(options =>
        {
            // Every action must say who may use it: anything without [AllowAnonymous] needs a login.
            options.Filters.Add(new AuthorizeFilter());
            options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
        });
        services.AddRazorPages();

        services.AddOptions<PublishingOptions>()
            .Bind(configuration.GetSection(PublishingOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddHostedService<ScheduledPublishingService>();

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

        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.FromMinutes(10);

            // Keep the session's start when Identity re-issues the principal after checking the stamp.
            options.OnRefreshingPrincipal = context =>
            {
                if (context.CurrentPrincipal?.FindFirst(PortalSignInManager.SessionStartedClaim) is { } started
                    && context.NewPrincipal?.Identity is ClaimsIdentity identity)
                {
                    identity.AddClaim(new Claim(started.Type, started.Value));
                }

                return Task.CompletedTask;
            };
        });
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "ImgPortal.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);

            // Every request: a cookie from a session that was signed out is refused (ADR 0004).
            options.Events.OnValidatePrincipal = async context =>
            {
                await SecurityStampValidator.ValidatePrincipalAsync(context);
                if (context.Principal?.Identity?.IsAuthenticated != true)
                {
                    return;
                }

                var signIn = (PortalSignInManager)context.HttpContext.RequestServices.GetRequiredService<SignInManager<ApplicationUser>>();
                if (!await signIn.IsSessionCurrentAsync(context.Principal))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                }
            };
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.StaffOnly, policy => policy.RequireRole(Roles.Staff, Roles.Admin))
            .AddPolicy(Policies.AdminOnly, policy => policy.RequireRole(Roles.Admin));

        services.AddTransient<Microsoft.AspNetCore.Identity.UI.Services.IEmailSender, IdentityEmailSender>();
        services.AddScoped<IUserAdministration, UserAdministration>();
        return services;
    }
}
