using System.IO.Compression;
using ImgPortal.Infrastructure.Data.Caching;
using Microsoft.AspNetCore.ResponseCompression;

namespace ImgPortal.Web.Caching;

public static class CachingExtensions
{
    /// <summary>
    /// Output caching of public pages (in memory, or in Redis when <c>Redis:Configuration</c> is set, so every
    /// instance shares entries and evictions) and response compression.
    /// </summary>
    public static IServiceCollection AddPortalCaching(this IServiceCollection services, IConfiguration configuration)
    {
        var redis = configuration["Redis:Configuration"];
        if (!string.IsNullOrWhiteSpace(redis))
        {
            services.AddStackExchangeRedisOutputCache(options =>
            {
                options.Configuration = redis;
                options.InstanceName = "imgportal:";
            });
            services.AddStackExchangeRedisCache(options =>
            {
                options.Configuration = redis;
                options.InstanceName = "imgportal:";
            });
        }
        else
        {
            services.AddDistributedMemoryCache();
        }

        services.AddOutputCache(options =>
        {
            options.SizeLimit = 64L * 1024 * 1024;
            options.MaximumBodySize = 1024 * 1024;
            // "/Residency" must reach routing (which redirects it to "/residency"), not the cached lowercase page.
            options.UseCaseSensitivePaths = true;
            options.AddPolicy(PublicPageCachePolicy.Name, new PublicPageCachePolicy());
        });
        services.AddSingleton<IPublicPageCache, OutputCachePublicPages>();

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
}
