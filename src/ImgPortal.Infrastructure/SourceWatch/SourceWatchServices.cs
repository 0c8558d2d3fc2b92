using ImgPortal.Core.SourceWatch;
using ImgPortal.Infrastructure.Data.Caching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ImgPortal.Infrastructure.SourceWatch;

/// <summary>Registers the source watch (ADR 0077): options validated at start, citation providers by assembly scan, the HTTP client, the services.</summary>
public static class SourceWatchServices
{
    public static IServiceCollection AddSourceWatch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SourceWatchOptions>()
            .Bind(configuration.GetSection(SourceWatchOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Every ICitationProvider in Core: a new kind of cited record adds one class and is tracked.
        foreach (var type in typeof(ICitationProvider).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICitationProvider).IsAssignableFrom(t)))
        {
            services.TryAddEnumerable(ServiceDescriptor.Scoped(typeof(ICitationProvider), type));
        }

        services.AddScoped<SourceCatalog>();
        services.AddScoped<SourceWatchRecorder>();
        services.AddScoped<SourceWatchRunner>();
        services.AddScoped<ISourceWatchService, SourceWatchService>();
        services.AddSingleton<SourceWatchStatus>();
        services.AddSingleton<HostPacer>();
        services.AddSingleton<ISourceFetcher, SourceFetcher>();
        services.AddSourceWatchHttp();

        var enabled = configuration.GetValue(SourceWatchOptions.SectionName + ":" + nameof(SourceWatchOptions.Enabled), true);
        if (enabled)
        {
            services.AddSingleton<SourceCatalogSignal>();
            services.AddSingleton<IPublicContentCache>(provider => provider.GetRequiredService<SourceCatalogSignal>());
            services.AddHostedService<SourceCatalogSyncService>();
        }

        return services;
    }
}
