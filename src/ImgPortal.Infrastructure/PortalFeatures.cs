using ImgPortal.Infrastructure.Accounts;
using ImgPortal.Infrastructure.Alerts;
using ImgPortal.Infrastructure.Content;
using ImgPortal.Infrastructure.Costs;
using ImgPortal.Infrastructure.Dashboard;
using ImgPortal.Infrastructure.Data.Auditing;
using ImgPortal.Infrastructure.Glossary;
using ImgPortal.Infrastructure.Mentoring;
using ImgPortal.Infrastructure.Pathways;
using ImgPortal.Infrastructure.Planning;
using ImgPortal.Infrastructure.Profiles;
using ImgPortal.Infrastructure.Programs;
using ImgPortal.Infrastructure.Programs.Lca;
using ImgPortal.Infrastructure.Records;
using ImgPortal.Infrastructure.Seo;
using ImgPortal.Infrastructure.SourceWatch;
using ImgPortal.Infrastructure.Waivers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ImgPortal.Infrastructure;

/// <summary>
/// Every feature's services, each registered by the feature's own <c>AddXxx()</c> beside it (ADR 0109). Called right
/// after <see cref="DependencyInjection.AddInfrastructure"/> by the web app and by the integration tests' database.
/// </summary>
public static class PortalFeatures
{
    public static IServiceCollection AddPortalFeatures(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddAccounts();
        services.AddAuditing();
        services.AddContent();
        services.AddPageEditing(configuration);
        services.AddSeo();
        services.AddGlossary();
        services.AddPathways();
        services.AddProfiles();
        services.AddCosts();
        services.AddPlanning();
        services.AddDashboard();
        services.AddRecords();
        services.AddMentoring(configuration);
        services.AddPrograms(configuration);
        services.AddLcaEvidence(configuration, environment);
        services.AddWaivers();
        services.AddAlerts(configuration);
        services.AddSourceWatch(configuration);
        return services;
    }
}
