using ImgPortal.Core.Programs;
using ImgPortal.Core.Programs.Confirmations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.Infrastructure.Programs;

/// <summary>
/// Registers the residency programs and their coordinators' confirmations: options validated at start, the e-mailed
/// link tokens, the use cases. The LCA evidence has its own <see cref="Lca.LcaRegistration.AddLcaEvidence"/>.
/// </summary>
public static class ProgramsRegistration
{
    public static IServiceCollection AddPrograms(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IProgramService, ProgramService>();
        services.AddOptions<ProgramConfirmationOptions>()
            .Bind(configuration.GetSection(ProgramConfirmationOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IProgramConfirmationTokens, DataProtectionProgramConfirmationTokens>();
        services.AddScoped<IConfirmationRetentionService, ConfirmationRetentionService>();
        services.AddScoped<IConfirmationOverviewService, ConfirmationOverviewService>();
        services.AddScoped<IConfirmationLinkService, ConfirmationLinkService>();
        services.AddScoped<ICoordinatorAnswerService, CoordinatorAnswerService>();
        services.AddScoped<IProposalReviewService, ProposalReviewService>();
        return services;
    }
}
