using ImgPortal.Infrastructure.Data.Seed;
using ImgPortal.Web.Caching;
using ImgPortal.Web.Health;
using ImgPortal.Web.Resilience;
using ImgPortal.Web.Security;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Serilog;

namespace ImgPortal.Web.Extensions;

public static class WebApplicationExtensions
{
    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        // Client address and scheme from X-Forwarded-* only when the connection comes from a configured proxy;
        // with none configured the headers are ignored (the middleware would otherwise trust anyone).
        WarnAboutPlainHttpWithSecureCookies(app);

        var proxies = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ForwardedHeadersOptions>>().Value;
        if (proxies.KnownProxies.Count > 0 || proxies.KnownIPNetworks.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        // Stored public pages are answered before anything else runs (ADR 0060); they are not logged one by one.
        app.UseFrontPageCache();

        // Outermost after that, so it logs each request once with its final status (a 500 included) and no stack trace;
        // through the host's logger, so the request log reaches the rolling file too.
        app.UseSerilogRequestLogging(options => options.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            // A friendly page with the request id; never a stack trace. The error page logs the one stack
            // trace of a failed request, so the middleware's own log entry is suppressed.
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/error",
                SuppressDiagnosticsCallback = _ => true,
            });
            app.UseHsts();
        }

        app.UseResponseCompression();
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseMiddleware<DatabaseFaultMiddleware>();
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.ContentSecurityPolicy =
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
            await next();
        });
        app.UseMiddleware<RequestGuards>();
        app.UseRequestBodyLimit();

        app.UseRouting();
        app.UseAuthentication();
        app.UseNoStoreForSignedIn();
        app.Use(DatabaseFaultMiddleware.RefuseUncheckedSessions);

        // After authentication (member partitions use the user id), before any page handler runs.
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseMiddleware<NullCharacterGuard>();
        app.UseOutputCache();
        return app;
    }

    /// <summary>
    /// Secure cookies on and an http public address: every page with a form would be redirected or refused
    /// (<see cref="HttpsRequirement"/>), so the deployment is told once, at start, which settings disagree.
    /// </summary>
    private static void WarnAboutPlainHttpWithSecureCookies(WebApplication app)
    {
        var publicBaseUrl = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Core.Common.PortalOptions>>().Value.PublicBaseUrl;
        if (SecureCookies.IsOn(app.Configuration, app.Environment) && publicBaseUrl is { Scheme: "http" })
        {
            app.Services.GetRequiredService<ILogger<HttpsRequirement>>().LogWarning(
                "Portal:PublicBaseUrl {PublicBaseUrl} is plain http while Security:SecureCookies is on: requests over http get a 400 page. "
                + "Serve the portal over https and set an https Portal:PublicBaseUrl, or set Security:SecureCookies to false for a plain-http trial",
                publicBaseUrl);
        }
    }

    /// <summary>
    /// Everything a signed-in person is sent (profile, roadmap, calendar, CSV exports, personal data, account
    /// and staff pages) may hold personal data: no browser or proxy keeps a copy. Static files stay cacheable.
    /// </summary>
    private static void UseNoStoreForSignedIn(this WebApplication app) =>
        app.Use((context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated == true
                && context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is null)
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.CacheControl = "no-store, no-cache";
                    context.Response.Headers.Pragma = "no-cache";
                    return Task.CompletedTask;
                });
            }

            return next(context);
        });

    /// <summary>
    /// A body declared larger than <c>RequestLimits:MaxRequestBodyBytes</c> gets 413 before anything reads it;
    /// Kestrel enforces the same limit on bodies without a length. The one exception is the staff upload of DOL's
    /// LCA disclosure file (POST <see cref="Areas.Staff.Controllers.LcaController.UploadPath"/>), held to its own
    /// <c>Lca:MaxUploadBytes</c> here and by <see cref="Areas.Staff.Lca.LcaUploadLimitAttribute"/> (ADR 0076).
    /// </summary>
    private static void UseRequestBodyLimit(this WebApplication app) =>
        app.Use((context, next) =>
        {
            var limit = HttpMethods.IsPost(context.Request.Method)
                && context.Request.Path.Equals(Areas.Staff.Controllers.LcaController.UploadPath, StringComparison.OrdinalIgnoreCase)
                ? context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Core.Programs.Lca.LcaOptions>>().Value.MaxUploadBytes
                : context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<RequestLimitOptions>>().Value.MaxRequestBodyBytes;
            if (context.Request.ContentLength > limit && context.Features.Get<IStatusCodeReExecuteFeature>() is null)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return Task.CompletedTask;
            }

            return next(context);
        });

    public static WebApplication MapPortalEndpoints(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync })
            .AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(DatabaseHealthCheck.ReadyTag),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        }).AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(BackgroundJobsLivenessCheck.LiveTag),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        }).AllowAnonymous();
        app.MapControllers().WithStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }

    /// <summary>Creates, migrates and seeds the database as configured (see <see cref="DatabaseInitializer"/>).</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        // Check every ValidateOnStart option before touching the database, so a bad setting changes nothing.
        app.Services.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate();

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }
}
