using System.Security.Claims;
using ImgPortal.Core.Accounts;
using ImgPortal.Core.Common;
using ImgPortal.Core.Content;
using ImgPortal.Infrastructure;
using ImgPortal.Infrastructure.Accounts;
using ImgPortal.Infrastructure.Data;
using ImgPortal.Infrastructure.Data.Caching;
using ImgPortal.Infrastructure.Data.Resilience;
using ImgPortal.Infrastructure.Email;
using ImgPortal.Web.Accounts;
using ImgPortal.Web.Areas.Staff.Routing;
using ImgPortal.Web.Background;
using ImgPortal.Web.Caching;
using ImgPortal.Web.Email;
using ImgPortal.Web.Health;
using ImgPortal.Web.ModelBinding;
using ImgPortal.Web.Resilience;
using ImgPortal.Web.Routing;
using ImgPortal.Web.Security;
using ImgPortal.Web.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Authorization;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace ImgPortal.Web.Extensions;

public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddPortalServices(
        this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddInfrastructure(configuration, environment);
        services.AddPortalFeatures(configuration, environment);
        services.AddSingleton(provider => new MainNavigationCache(
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<PublicContentVersion>(),
            keep: RedisSettings.Configuration(configuration) is null));
        services.AddPortalIdentity(configuration, environment);
        services.AddPortalRateLimits(configuration);
        services.AddPortalRequestLimits(configuration);
        services.AddPortalProxies(configuration);
        services.AddPortalCaching(configuration);

        // Keys that protect cookies and e-mailed tokens live in the database: they outlive restarts and
        // container rebuilds, and every instance on the same database shares them (ADR 0033), encrypted with a
        // certificate when one is configured (ADR 0099).
        services.AddPortalDataProtection(configuration);

        services.AddOptions<ReminderOptions>()
            .Bind(configuration.GetSection(ReminderOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<BackgroundHeartbeats>();
        services.AddHostedService<ReminderBackgroundService>();
        services.AddHostedService<ProposalSweepBackgroundService>();
        services.AddHostedService<CheckInBackgroundService>();
        services.AddHostedService<LcaImportBackgroundService>();

        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();

        services.AddRouting(options =>
        {
            options.LowercaseUrls = true;
            options.ConstraintMap[RecordTypeRouteConstraint.Name] = typeof(RecordTypeRouteConstraint);
        });
        services.AddControllersWithViews(options =>
        {
            // Every action must say who may use it: anything without [AllowAnonymous] needs a login.
            options.Filters.Add(new AuthorizeFilter());
            options.ModelBinderProviders.Insert(0, new DateOnlyModelBinderProvider());
            options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            options.Filters.Add<SecurityEventFilter>();
            options.Filters.Add<BusyFormFilter>();
        });
        services.AddRazorPages();

        services.AddOptions<PublishingOptions>()
            .Bind(configuration.GetSection(PublishingOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddHostedService<ScheduledPublishingService>();
        services.AddHostedService<ChangeAlertBackgroundService>();
        services.AddHostedService<SourceWatchBackgroundService>();
        services.AddHostedService<ConfirmationRetentionBackgroundService>();

        services.AddOptions<HealthOptions>()
            .Bind(configuration.GetSection(HealthOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>(
                DatabaseHealthCheck.Name, tags: [DatabaseHealthCheck.Name, DatabaseHealthCheck.ReadyTag], timeout: DatabaseHealthCheck.Timeout)
            .AddCheck<BackgroundJobsLivenessCheck>(BackgroundJobsLivenessCheck.Name, tags: [BackgroundJobsLivenessCheck.LiveTag])
            .AddCheck<SourceWatchHealthCheck>(SourceWatchHealthCheck.Name);
        return services;
    }

    /// <summary>Request size limits from <c>RequestLimits</c> (Kestrel, forms, multipart), on purpose rather than by default.</summary>
    private static IServiceCollection AddPortalRequestLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RequestLimitOptions>()
            .Bind(configuration.GetSection(RequestLimitOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var limits = configuration.GetSection(RequestLimitOptions.SectionName).Get<RequestLimitOptions>() ?? new RequestLimitOptions();
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(options =>
        {
            options.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes;

            // No "Server: Kestrel" on every answer: it tells an attacker what runs here and costs bytes on each hit.
            options.AddServerHeader = false;
        });
        services.Configure<FormOptions>(options =>
        {
            options.ValueLengthLimit = limits.MaxFormValueLength;
            options.ValueCountLimit = limits.MaxFormFields;
            options.KeyLengthLimit = 1024;
            options.MultipartBodyLengthLimit = limits.MaxRequestBodyBytes;
        });
        return services;
    }

    /// <summary>
    /// Forwarded headers (client address, scheme) are believed only from the proxies listed in
    /// <c>ForwardedHeaders:KnownProxies</c> (addresses) and <c>ForwardedHeaders:KnownNetworks</c> (CIDR).
    /// </summary>
    private static IServiceCollection AddPortalProxies(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            options.ForwardLimit = 1;
            foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }

            foreach (var network in configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        // The portal checks AllowedHosts itself, inside the pipeline, so an unknown host gets its own 400 page
        // (AllowedHosts.cs); the built-in host filtering, which answers first with a bare 400, is told to let all through.
        services.Configure<Microsoft.AspNetCore.HostFiltering.HostFilteringOptions>(options => options.AllowedHosts = ["*"]);
        services.AddSingleton<AllowedHosts>();
        services.AddSingleton<HttpsRequirement>();
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
            options.ExcludedHosts.Clear();
        });
        return services;
    }

    private static IServiceCollection AddPortalIdentity(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services
            .AddDefaultIdentity<ApplicationUser>(PortalIdentityOptions.Apply)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddUserManager<PortalUserManager>()
            .AddSignInManager<PortalSignInManager>()
            .AddClaimsPrincipalFactory<PortalClaimsFactory>()
            .AddPasswordValidator<CommonPasswordValidator>();
        services.AddScoped(provider => (PortalSignInManager)provider.GetRequiredService<SignInManager<ApplicationUser>>());
        services.AddScoped<AccountEmails>();
        services.AddScoped<LandingPages>();
        services.AddSingleton<AccountEmailRequests>();
        services.AddSingleton<AccountEmailAddressLimit>();
        services.AddHostedService<AccountEmailRequestService>();

        // Secure cookies everywhere but Development; only the tests' plain-http client turns this off.
        var secure = SecureCookies.IsOn(configuration, environment)
            ? CookieSecurePolicy.Always
            : CookieSecurePolicy.SameAsRequest;
        services.ConfigureAll<CookieAuthenticationOptions>(options => options.Cookie.SecurePolicy = secure);
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = secure);
        services.Configure<CookieTempDataProviderOptions>(options => options.Cookie.SecurePolicy = secure);
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "ImgPortal.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);

            // Every request with a cookie: one query by primary key checks it against the user's record
            // (ADR 0016). Anonymous requests have no cookie and cost no query.
            options.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SessionValidation))
                    .LogWarning("Access refused (403) on {Path} for {UserId}", context.Request.Path, context.HttpContext.User.FindFirstValue(ClaimTypes.NameIdentifier));
                context.Response.Redirect(context.RedirectUri);
                return Task.CompletedTask;
            };
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.StaffOnly, policy => policy.RequireRole(Roles.Staff, Roles.Admin))
            .AddPolicy(Policies.AdminOnly, policy => policy.RequireRole(Roles.Admin));

        services.AddTransient<Microsoft.AspNetCore.Identity.UI.Services.IEmailSender, IdentityEmailSender>();
        services.AddScoped<IEmailComposer, RazorEmailComposer>();
        services.AddHostedService<OutboxBackgroundService>();
        services.AddScoped<IUserAdministration, UserAdministration>();
        services.AddSingleton<IReservedAddresses, EndpointReservedAddresses>();
        return services;
    }
}
