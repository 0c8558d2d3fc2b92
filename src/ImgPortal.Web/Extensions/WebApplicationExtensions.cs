using ImgPortal.Infrastructure.Data.Seed;
using ImgPortal.Web.Health;
using ImgPortal.Web.Resilience;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Serilog;

namespace ImgPortal.Web.Extensions;

public static class WebApplicationExtensions
{
    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            // A friendly page with the request id; never a stack trace.
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }

        app.UseResponseCompression();
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseSerilogRequestLogging();
        app.UseMiddleware<DatabaseFaultMiddleware>();
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.ContentSecurityPolicy =
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
            await next();
        });

        app.UseRouting();
        app.UseAuthentication();
        app.Use(DatabaseFaultMiddleware.RefuseUncheckedSessions);
        app.UseAuthorization();
        app.UseOutputCache();
        return app;
    }

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
    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        // Check every ValidateOnStart option before touching the database, so a bad setting changes nothing.
        app.Services.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate();

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync();
    }
}
