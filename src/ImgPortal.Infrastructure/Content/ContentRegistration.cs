using ImgPortal.Core.Content;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.Infrastructure.Content;

/// <summary>Registers the public guidance pages: reading them and rendering their Markdown (page editing has <see cref="PageEditingServices"/>).</summary>
public static class ContentRegistration
{
    public static IServiceCollection AddContent(this IServiceCollection services)
    {
        services.AddSingleton<IMarkdownRenderer, MarkdownRenderer>();
        services.AddScoped<IGuidanceService, GuidanceService>();
        return services;
    }
}
