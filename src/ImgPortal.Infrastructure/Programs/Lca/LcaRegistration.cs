using ImgPortal.Core.Programs.Lca;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ImgPortal.Infrastructure.Programs.Lca;

public static class LcaRegistration
{
    /// <summary>The DOL LCA import and evidence (ADR 0076): options, the upload folder, the xlsx reader and the use cases.</summary>
    public static IServiceCollection AddLcaEvidence(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<LcaOptions>()
            .Bind(configuration.GetSection(LcaOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(provider => new LcaUploadFolder(Path.GetFullPath(
            provider.GetRequiredService<IOptions<LcaOptions>>().Value.UploadDirectory, environment.ContentRootPath)));
        services.AddSingleton<ILcaFileReader, ExcelLcaFileReader>();
        services.AddScoped<ISponsoringInstitutionNames, ProgramInstitutionNames>();
        services.AddScoped<ILcaImports, LcaImports>();
        services.AddScoped<ILcaImporter, LcaImporter>();
        services.AddScoped<ILcaMatching, LcaMatching>();
        services.AddScoped<ILcaEvidence, LcaEvidence>();
        return services;
    }
}
