using ImgPortal.Web.Health;
using ImgPortal.Web.Logging;
using Serilog;

namespace ImgPortal.Web.Extensions;

public static class LoggingExtensions
{
    /// <summary>
    /// Serilog from the <c>Serilog</c> section of configuration (console and a rolling file). Whatever the
    /// configuration adds, every event's values pass <see cref="SafeLogValuesEnricher"/> last: secrets in
    /// links redacted, control characters escaped, for every sink. A database outage seen by <c>/health</c> is left
    /// to the once-per-outage line of <c>DatabaseAvailability</c> (<see cref="DatabaseHealthCheck.IsOutageReport"/>).
    /// </summary>
    public static WebApplicationBuilder AddPortalLogging(this WebApplicationBuilder builder)
    {
        // preserveStaticLogger: each host (and each test server) owns its logger; none freezes a shared one.
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .Filter.ByExcluding(DatabaseHealthCheck.IsOutageReport)
                .Enrich.With<SafeLogValuesEnricher>(),
            preserveStaticLogger: true);
        return builder;
    }
}
