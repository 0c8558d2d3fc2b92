using System.IO.Compression;
using ImgPortal.Infrastructure.Data.Caching;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using Microsoft.AspNetCore.ResponseCompression;
using StackExchange.Redis;

namespace ImgPortal.Web.Caching;

public static class CachingExtensions
{
    /// <summary>How many megabytes the output cache of public pages may hold (in memory or in Redis). Default 16.</summary>
    public const string OutputCacheMegabytesKey = "Caching:OutputCacheMegabytes";

    /// <summary>How many megabytes of finished pages <see cref="FrontPageCache"/> keeps; 0 turns it off. Default 16.</summary>
    public const string FrontPageCacheMegabytesKey = "Caching:FrontPageCacheMegabytes";

    /// <summary>
    /// Output caching of public pages (in memory, or in Redis when <c>Redis:Configuration</c> is set, so every
    /// instance shares entries and evictions) and response compression.
    /// </summary>
    public static IServiceCollection AddPortalCaching(this IServiceCollection services, IConfiguration configuration)
    {
        var redis = RedisSettings.Configuration(configuration);
        var instanceName = RedisSettings.InstanceName(configuration);
        if (redis is not null)
        {
            services.AddStackExchangeRedisOutputCache(options =>
            {
                options.ConfigurationOptions = RedisSettings.Options(redis);
                options.InstanceName = instanceName;
            });
            WatchOutputCacheConnection(services);
            DecorateOutputCacheStore(services);
            services.AddStackExchangeRedisCache(options =>
            {
                options.ConfigurationOptions = RedisSettings.Options(redis);
                options.InstanceName = instanceName;
            });
        }
        else
        {
            services.AddDistributedMemoryCache();
        }

        services.AddOutputCache(options =>
        {
            options.SizeLimit = configuration.GetValue(OutputCacheMegabytesKey, 16) * 1024L * 1024;
            options.MaximumBodySize = 1024 * 1024;
            // "/Residency" must reach routing (which redirects it to "/residency"), not the cached lowercase page.
            options.UseCaseSensitivePaths = true;
            options.AddPolicy(PublicPageCachePolicy.Name, new PublicPageCachePolicy());
        });
        // In front of the pipeline, on one instance only (ADR 0060): with Redis several instances may run, and an
        // eviction on one could not reach another's memory at once.
        var frontMegabytes = configuration.GetValue(FrontPageCacheMegabytesKey, 16);
        if (redis is null && frontMegabytes > 0)
        {
            services.AddSingleton(provider => new FrontPageCache(provider.GetRequiredService<TimeProvider>(), frontMegabytes * 1024L * 1024));
        }

        services.AddSingleton<IPublicContentCache>(provider => new OutputCachePublicPages(
            provider.GetRequiredService<IOutputCacheStore>(), provider.GetService<FrontPageCache>()));

        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>Wraps the registered Redis output cache store in <see cref="ResilientOutputCacheStore"/>.</summary>
    private static void DecorateOutputCacheStore(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(registered);
        services.AddSingleton<IOutputCacheStore>(provider => new ResilientOutputCacheStore(
            registered.ImplementationFactory?.Invoke(provider) as IOutputCacheStore
                ?? registered.ImplementationInstance as IOutputCacheStore
                ?? (IOutputCacheStore)ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!),
            provider.GetRequiredService<ILogger<ResilientOutputCacheStore>>(),
            provider.GetRequiredService<TimeProvider>(),
            PublicPageCachePolicy.Tag));
    }

    /// <summary>
    /// Connects the output cache's Redis client itself, so that <see cref="ResilientOutputCacheStore"/> hears when its
    /// connection is restored after an outage and evicts the public pages once (ADR 0118). The store connects on its first use,
    /// after the container has built it, so the store is there to be told.
    /// </summary>
    private static void WatchOutputCacheConnection(IServiceCollection services) =>
        services.AddOptions<RedisOutputCacheOptions>().Configure<IServiceProvider>((options, provider) =>
        {
            var configuration = options.ConfigurationOptions;
            options.ConnectionMultiplexerFactory = async () =>
            {
                var connection = await ConnectionMultiplexer.ConnectAsync(configuration!);
                (provider.GetRequiredService<IOutputCacheStore>() as ResilientOutputCacheStore)?.Watch(connection);
                return connection;
            };
        });

    /// <summary>Answers stored public pages before the rest of the pipeline, when <see cref="FrontPageCache"/> is in use.</summary>
    public static WebApplication UseFrontPageCache(this WebApplication app)
    {
        if (app.Services.GetService<FrontPageCache>() is not null)
        {
            app.UseMiddleware<FrontPageCacheMiddleware>();
        }

        return app;
    }
}
