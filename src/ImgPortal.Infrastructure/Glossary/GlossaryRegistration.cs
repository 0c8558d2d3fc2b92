using ImgPortal.Core.Glossary;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.Infrastructure.Glossary;

/// <summary>Registers the glossary.</summary>
public static class GlossaryRegistration
{
    public static IServiceCollection AddGlossary(this IServiceCollection services)
    {
        services.AddScoped<IGlossaryService, GlossaryService>();
        return services;
    }
}
