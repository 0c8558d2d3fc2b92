using Serilog;

namespace ImgPortal.Web.Extensions;

public static class LoggingExtensions
{
    /// <summary>Serilog from the <c>Serilog</c> section of configuration (console and a rolling file).</summary>
    public static WebApplicationBuilder AddPortalLogging(this WebApplicationBuilder builder)
    {
        // preserveStaticLogger: each host (and each test server) owns its logger; none freezes a shared one.
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext(),
            preserveStaticLogger: true);
        return builder;
    }
}
