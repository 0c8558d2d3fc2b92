using ImgPortal.Core.Seo;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.Infrastructure.Seo;

/// <summary>Registers the sitemap.</summary>
public static class SeoRegistration
{
    public static IServiceCollection AddSeo(this IServiceCollection services)
    {
        services.AddScoped<ISitemapService, SitemapService>();
        return services;
    }
}
