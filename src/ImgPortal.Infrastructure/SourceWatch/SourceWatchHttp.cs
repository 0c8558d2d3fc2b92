using System.Net;
using System.Net.Http;
using ImgPortal.Core.Common;
using ImgPortal.Core.SourceWatch;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly.Telemetry;

namespace ImgPortal.Infrastructure.SourceWatch;

/// <summary>
/// The source watch's <see cref="HttpClient"/> (ADR 0077): through <see cref="IHttpClientFactory"/>, with the standard
/// resilience handler (per-attempt and total timeouts, bounded retries, a circuit breaker per host), no automatic
/// redirects (<see cref="SourceFetcher"/> follows and records them), no proxy, and a connect callback that refuses
/// private addresses (<see cref="PrivateAddresses"/>). The User-Agent names the portal and its contact address.
/// </summary>
public static class SourceWatchHttp
{
    public const string ClientName = "SourceWatch";

    /// <summary>The checker's name in its User-Agent, and the name robots.txt groups are matched against.</summary>
    public const string ProductToken = "ImgPortalSourceWatch";

    public static IServiceCollection AddSourceWatchHttp(this IServiceCollection services)
    {
        services.AddHttpClient(ClientName)
            .ConfigureHttpClient((provider, client) =>
            {
                var settings = provider.GetRequiredService<IOptions<SourceWatchOptions>>().Value;
                var portal = provider.GetRequiredService<IOptions<PortalOptions>>().Value.PublicBaseUrl;
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd($"{ProductToken}/1.0 (+{portal?.GetLeftPart(UriPartial.Authority) ?? "ImgPortal"}; {settings.ContactAddress})");
                client.DefaultRequestHeaders.Accept.ParseAdd("text/html, application/xhtml+xml, text/plain;q=0.9, */*;q=0.1");
            })
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseProxy = false,
                UseCookies = false,
                AutomaticDecompression = DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                ConnectTimeout = provider.GetRequiredService<IOptions<SourceWatchOptions>>().Value.RequestTimeout,
                ConnectCallback = PrivateAddresses.ConnectCallback(provider.GetRequiredService<IOptions<SourceWatchOptions>>().Value.AllowPrivateAddresses),
            })
            .AddStandardResilienceHandler()
            .Configure((resilience, provider) => Apply(resilience, provider.GetRequiredService<IOptions<SourceWatchOptions>>().Value))
            .SelectPipelineByAuthority();
        services.Configure<TelemetryOptions>(telemetry => telemetry.SeverityProvider = QuietFor(telemetry.SeverityProvider));
        return services;
    }

    /// <summary>
    /// Polly logs every retry and failed attempt as a warning or an error with its stack trace: with 200 cited sources
    /// and no network, one run wrote 86,000 lines. A source's failure is the source watch's own finding (kept per
    /// source, shown to staff, a review task after repeated failures, counted in the run's one log line), so the
    /// source watch's resilience events are written at Debug; other pipelines keep Polly's severities.
    /// </summary>
    private static Func<SeverityProviderArguments, ResilienceEventSeverity> QuietFor(Func<SeverityProviderArguments, ResilienceEventSeverity>? others) =>
        args => args.Source.PipelineName?.StartsWith(ClientName + "-", StringComparison.Ordinal) == true
            ? ResilienceEventSeverity.Debug
            : others?.Invoke(args) ?? args.Event.Severity;

    private static void Apply(HttpStandardResilienceOptions resilience, SourceWatchOptions settings)
    {
        resilience.AttemptTimeout.Timeout = settings.RequestTimeout;
        resilience.TotalRequestTimeout.Timeout = settings.TotalTimeout;
        resilience.Retry.MaxRetryAttempts = Math.Max(1, settings.Retries);
        resilience.Retry.Delay = TimeSpan.FromMilliseconds(500);
        resilience.Retry.ShouldHandle = args => settings.Retries == 0 || args.Outcome.Exception is PrivateAddressException
            || args.Outcome.Exception?.InnerException is PrivateAddressException
            ? ValueTask.FromResult(false)
            : HttpClientResiliencePredicates.IsTransient(args.Outcome) ? ValueTask.FromResult(true) : ValueTask.FromResult(false);
        resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(30).Ticks, (settings.RequestTimeout * 2).Ticks + TimeSpan.TicksPerSecond));
    }
}
