using ImgPortal.Core.Accounts;
using ImgPortal.Core.Alerts;
using ImgPortal.Core.Auditing;
using ImgPortal.Core.Common;
using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;
using ImgPortal.Core.Content.Search;
using ImgPortal.Core.Costs;
using ImgPortal.Core.Dashboard;
using ImgPortal.Core.Glossary;
using ImgPortal.Core.Mentoring.Vetting;
using ImgPortal.Core.Pathways;
using ImgPortal.Core.Pathways.SelfCheck;
using ImgPortal.Core.Planning;
using ImgPortal.Core.Profiles;
using ImgPortal.Core.Profiles.Outcomes;
using ImgPortal.Core.Programs;
using ImgPortal.Core.Programs.Confirmations;
using ImgPortal.Core.Programs.Lca;
using ImgPortal.Core.Records;
using ImgPortal.Core.Seo;
using ImgPortal.Core.SourceWatch;
using ImgPortal.Core.Waivers;
using ImgPortal.Infrastructure;
using ImgPortal.Infrastructure.Accounts;
using ImgPortal.Infrastructure.Alerts;
using ImgPortal.Infrastructure.Data.Auditing;
using ImgPortal.Infrastructure.Pathways;
using ImgPortal.Infrastructure.Programs;
using ImgPortal.Web.Extensions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Moq;

namespace ImgPortal.UnitTests.Configuration;

/// <summary>
/// Each feature registers its own services and <c>AddInfrastructure</c> only infrastructure (ADR 0109): the services
/// that moved out of <c>AddInfrastructure</c> keep their implementation and lifetime in the portal's composition.
/// </summary>
public sealed class FeatureRegistrationTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "imgportal-feature-registration", Guid.NewGuid().ToString("N"));

    /// <summary>Every service <c>AddInfrastructure</c> registered inline before ADR 0109, and one of each feature it called.</summary>
    public static TheoryData<Type, Type, ServiceLifetime> MovedServices => new()
    {
        { typeof(IStaffDirectory), typeof(StaffDirectory), ServiceLifetime.Scoped },
        { typeof(IAuditLog), typeof(AuditLog), ServiceLifetime.Scoped },
        { typeof(AuditWording), typeof(AuditWording), ServiceLifetime.Scoped },
        { typeof(IAuditTitles), typeof(AuditTitles), ServiceLifetime.Scoped },
        { typeof(IAuditSchema), typeof(AuditSchema), ServiceLifetime.Singleton },
        { typeof(IMarkdownRenderer), typeof(MarkdownRenderer), ServiceLifetime.Singleton },
        { typeof(IGuidanceService), typeof(GuidanceService), ServiceLifetime.Scoped },
        { typeof(ISitemapService), typeof(SitemapService), ServiceLifetime.Scoped },
        { typeof(IGlossaryService), typeof(GlossaryService), ServiceLifetime.Scoped },
        { typeof(IStatePathwayService), typeof(StatePathwayService), ServiceLifetime.Scoped },
        { typeof(ISelfCheckService), typeof(SelfCheckService), ServiceLifetime.Scoped },
        { typeof(ICommissionReportSource), typeof(CommissionReportSource), ServiceLifetime.Singleton },
        { typeof(IProfileService), typeof(ProfileService), ServiceLifetime.Scoped },
        { typeof(IRoadmapService), typeof(RoadmapService), ServiceLifetime.Scoped },
        { typeof(IMemberStages), typeof(MemberStages), ServiceLifetime.Scoped },
        { typeof(IReminderService), typeof(ReminderService), ServiceLifetime.Scoped },
        { typeof(ICalendarService), typeof(CalendarService), ServiceLifetime.Singleton },
        { typeof(ICalendarFeedService), typeof(CalendarFeedService), ServiceLifetime.Scoped },
        { typeof(IMemberOutcomeService), typeof(MemberOutcomeService), ServiceLifetime.Scoped },
        { typeof(IMemberDirectoryService), typeof(MemberDirectoryService), ServiceLifetime.Scoped },
        { typeof(ICostService), typeof(CostService), ServiceLifetime.Scoped },
        { typeof(ISeasonDatesService), typeof(SeasonDatesService), ServiceLifetime.Scoped },
        { typeof(IDashboardService), typeof(DashboardService), ServiceLifetime.Scoped },
        { typeof(IStaffToDoService), typeof(StaffToDoService), ServiceLifetime.Scoped },
        { typeof(IRecordEditingService), typeof(RecordEditingService), ServiceLifetime.Scoped },
        { typeof(RecordCatalog), typeof(RecordCatalog), ServiceLifetime.Scoped },
        { typeof(IProgramService), typeof(ProgramService), ServiceLifetime.Scoped },
        { typeof(IProgramConfirmationTokens), typeof(DataProtectionProgramConfirmationTokens), ServiceLifetime.Singleton },
        { typeof(IConfirmationRetentionService), typeof(ConfirmationRetentionService), ServiceLifetime.Scoped },
        { typeof(IConfirmationOverviewService), typeof(ConfirmationOverviewService), ServiceLifetime.Scoped },
        { typeof(IConfirmationLinkService), typeof(ConfirmationLinkService), ServiceLifetime.Scoped },
        { typeof(ICoordinatorAnswerService), typeof(CoordinatorAnswerService), ServiceLifetime.Scoped },
        { typeof(IProposalReviewService), typeof(ProposalReviewService), ServiceLifetime.Scoped },
        { typeof(IWaiverAlertService), typeof(WaiverAlertService), ServiceLifetime.Scoped },
        { typeof(IWaiverTimelineService), typeof(WaiverTimelineService), ServiceLifetime.Scoped },
        { typeof(IUnsubscribeTokens), typeof(DataProtectionUnsubscribeTokens), ServiceLifetime.Singleton },
        { typeof(IAlertSettingsService), typeof(AlertSettingsService), ServiceLifetime.Scoped },
        { typeof(IChangeLogService), typeof(ChangeLogService), ServiceLifetime.Scoped },
        { typeof(IAlertService), typeof(AlertService), ServiceLifetime.Scoped },
        { typeof(IVettingService), typeof(VettingService), ServiceLifetime.Scoped },
        { typeof(IPageDrafts), typeof(PageDrafts), ServiceLifetime.Scoped },
        { typeof(ILcaEvidence), typeof(LcaEvidence), ServiceLifetime.Scoped },
        { typeof(ISourceWatchService), typeof(SourceWatchService), ServiceLifetime.Scoped },
    };

    [Theory]
    [MemberData(nameof(MovedServices))]
    public void PortalServices_AMovedFeatureService_IsRegisteredOnceWithItsImplementationAndLifetime(
        Type service, Type implementation, ServiceLifetime lifetime)
    {
        var descriptor = Assert.Single(PortalServices(), d => d.ServiceType == service && !d.IsKeyedService);

        Assert.Equal(implementation, descriptor.ImplementationType);
        Assert.Equal(lifetime, descriptor.Lifetime);
    }

    [Fact]
    public void PortalServices_EveryMovedFeatureService_Resolves()
    {
        using var provider = PortalServices().BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        using var scope = provider.CreateScope();

        foreach (var row in MovedServices)
        {
            var (service, implementation) = ((Type)row[0], (Type)row[1]);
            Assert.IsType(implementation, scope.ServiceProvider.GetRequiredService(service));
        }
    }

    [Fact]
    public void PortalServices_EveryRecordTypeInCore_IsRegisteredScopedOnce()
    {
        var declared = typeof(RecordType).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsSubclassOf(typeof(RecordType)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();

        var registered = PortalServices().Where(d => d.ServiceType == typeof(RecordType)).ToList();

        Assert.NotEmpty(declared);
        Assert.Equal(declared, registered.Select(d => d.ImplementationType));
        Assert.All(registered, d => Assert.Equal(ServiceLifetime.Scoped, d.Lifetime));
    }

    [Fact]
    public void PortalServices_MovedFeatureOptions_AreStillValidated()
    {
        var services = PortalServices();

        Assert.Contains(services, d => d.ServiceType == typeof(Microsoft.Extensions.Options.IValidateOptions<AlertOptions>));
        Assert.Contains(services, d => d.ServiceType == typeof(Microsoft.Extensions.Options.IValidateOptions<ProgramConfirmationOptions>));
    }

    /// <summary>
    /// The rule: a service, implementation or options type from a Core feature namespace (anything in Core but
    /// <c>ImgPortal.Core.Common</c>) is registered by its feature, not by AddInfrastructure. The one exception is the
    /// search index, which AddInfrastructure picks with the database provider (ADR 0085).
    /// </summary>
    [Fact]
    public void AddInfrastructure_Alone_RegistersNothingFromACoreFeature()
    {
        var services = new ServiceCollection();
        services.AddInfrastructure(Configuration(), Environment());

        var features = services
            .Where(d => d.ServiceType != typeof(ISearchIndex))
            .Where(d => IsFromACoreFeature(d.ServiceType) || (d.ImplementationType is { } type && IsFromACoreFeature(type)))
            .Select(d => d.ServiceType.FullName)
            .ToList();

        Assert.Empty(features);
        Assert.Contains(services, d => d.ServiceType == typeof(IAppDbContext));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static bool IsFromACoreFeature(Type type) =>
        (type.Assembly == typeof(IAppDbContext).Assembly && type.Namespace != typeof(IAppDbContext).Namespace)
        || type.GetGenericArguments().Any(IsFromACoreFeature);

    private ServiceCollection PortalServices()
    {
        // As the web host does: the environment is there before the portal's services.
        var environment = Environment();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(environment);
        services.AddSingleton<Microsoft.Extensions.Hosting.IHostEnvironment>(environment);
        services.AddPortalServices(Configuration(), environment);
        return services;
    }

    private IConfiguration Configuration()
    {
        Directory.CreateDirectory(_folder);
        return new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:ImgPortal"] = $"Data Source={Path.Combine(_folder, "portal.db")};Pooling=False",
            ["Email:Delivery"] = "Pickup",
            ["Portal:PublicBaseUrl"] = "https://portal.example.org",
            ["Portal:Organization:Name"] = "Medical Society of the State of New York",
            ["Portal:Organization:ShortName"] = "MSSNY",
        }).Build();
    }

    private IWebHostEnvironment Environment()
    {
        var environment = new Mock<IWebHostEnvironment>();
        environment.SetupGet(e => e.ContentRootPath).Returns(_folder);
        environment.SetupGet(e => e.WebRootPath).Returns(_folder);
        environment.SetupGet(e => e.EnvironmentName).Returns("Testing");
        environment.SetupGet(e => e.ApplicationName).Returns("ImgPortal.Web");
        environment.SetupGet(e => e.ContentRootFileProvider).Returns(new NullFileProvider());
        environment.SetupGet(e => e.WebRootFileProvider).Returns(new NullFileProvider());
        return environment.Object;
    }
}
