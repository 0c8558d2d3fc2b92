using ImgPortal.Core.Accounts;
using ImgPortal.Core.Auditing;
using ImgPortal.Core.Common;
using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;
using ImgPortal.Core.Content.Search;
using ImgPortal.Core.Dashboard;
using ImgPortal.Core.Glossary;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Erasure;
using ImgPortal.Core.Mentoring.Matching;
using ImgPortal.Core.Mentoring.Notifications;
using ImgPortal.Core.Profiles;
using ImgPortal.Core.Records;
using ImgPortal.Core.Seo;
using ImgPortal.Core.Waivers;
using ImgPortal.Infrastructure.Accounts;
using ImgPortal.Infrastructure.Content;
using ImgPortal.Infrastructure.Data;
using ImgPortal.Infrastructure.Data.Auditing;
using ImgPortal.Infrastructure.Data.Caching;
using ImgPortal.Infrastructure.Data.Leases;
using ImgPortal.Infrastructure.Data.Resilience;
using ImgPortal.Infrastructure.Data.Seed;
using ImgPortal.Infrastructure.Data.Sqlite;
using ImgPortal.Infrastructure.Data.SqlServer;
using ImgPortal.Infrastructure.Email;
using ImgPortal.Infrastructure.Mentoring;
using ImgPortal.Infrastructure.Programs.Lca;
using ImgPortal.Infrastructure.Search;
using ImgPortal.Infrastructure.SourceWatch;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ImgPortal.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the infrastructure only: options, the database (provider from <c>Database:Provider</c>) with its
    /// interceptors and search index, seeding, e-mail transport and outbox, time and job leases. The features register
    /// their own services through <see cref="PortalFeatures.AddPortalFeatures"/> (ADR 0109).
    /// </summary>
    public static IServiceCollection AddInfrastructure(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<PortalOptions>()
            .Bind(configuration.GetSection(PortalOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<PortalOptions>>(new Configuration.ProductionContactValidation(environment));
        services.AddSingleton<IPortalLinks, PortalLinks>();
        services.AddOptions<StaffTimeOptions>()
            .Bind(configuration.GetSection(StaffTimeOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => StaffTimeOptions.IsKnown(o.TimeZone), "Staff:TimeZone must be a time zone id this machine knows, such as America/New_York.")
            .ValidateOnStart();
        services.AddSingleton<StaffTimeZone>();
        services.AddOptions<SeedOptions>().Bind(configuration.GetSection(SeedOptions.SectionName));
        services.AddOptions<EmailOptions>()
            .Bind(configuration.GetSection(EmailOptions.SectionName))
            .PostConfigure(email =>
            {
                // Read from configuration, not IOptions<PortalOptions>: the sender's name must not make every e-mail
                // wait on (or fail with) the validation of unrelated portal settings.
                if (string.IsNullOrWhiteSpace(email.FromName))
                {
                    var shortName = configuration[PortalOrganization.SectionName + ":" + nameof(PortalOrganization.ShortName)];
                    email.FromName = string.IsNullOrWhiteSpace(shortName) ? "ImgPortal" : $"ImgPortal ({shortName})";
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<EmailOptions>>(new PickupDirectoryValidation(environment.ContentRootPath));
        services.AddOptions<SmtpTransportOptions>();

        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        switch (database.Provider)
        {
            case DatabaseProvider.SqlServer:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new OptionsValidationException(
                        DatabaseOptions.SectionName,
                        typeof(DatabaseOptions),
                        [$"ConnectionStrings:{DatabaseOptions.ConnectionStringName} is required when Database:Provider is SqlServer."]);
                }

                services.AddDbContext<AppDbContext, SqlServerAppDbContext>((provider, options) => options
                    .UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure())
                    .AddInterceptors(provider.GetRequiredService<ReadOnlyScopeInterceptor>(), provider.GetRequiredService<AuditInterceptor>(),
                        provider.GetRequiredService<DatabaseFaultInterceptor>(), provider.GetRequiredService<PublicContentChangeInterceptor>(),
                        provider.GetRequiredService<OutboxDispatchInterceptor>())
                    .ConfigureWarnings(QuietDatabaseFaults));

                // Search runs on the provider's own full-text search (ADR 0085).
                services.AddScoped<ISearchIndex, SqlServerFullTextSearchIndex>();
                break;
            default:
                var sqlite = ResolveSqliteConnectionString(
                    connectionString ?? DatabaseOptions.DefaultSqliteConnectionString, environment.ContentRootPath,
                    Math.Clamp(database.BusyTimeoutSeconds, 0, 600)); // out of range: refused at start by the options' validation
                services.AddDbContext<AppDbContext, SqliteAppDbContext>((provider, options) => options
                    .UseSqlite(sqlite)
                    .AddInterceptors(provider.GetRequiredService<ReadOnlyScopeInterceptor>(), provider.GetRequiredService<AuditInterceptor>(),
                        provider.GetRequiredService<DatabaseFaultInterceptor>(), provider.GetRequiredService<PublicContentChangeInterceptor>(),
                        provider.GetRequiredService<OutboxDispatchInterceptor>())
                    .ConfigureWarnings(QuietDatabaseFaults));
                services.AddSingleton<ISearchIndex, SqliteFts5SearchIndex>();
                break;
        }

        services.AddScoped<AuditInterceptor>();
        services.AddSingleton<DatabaseAvailability>();
        services.AddSingleton<IFreeDiskSpace, FreeDiskSpace>();
        services.AddSingleton<DatabaseFaultInterceptor>();
        services.AddSingleton<ReadOnlyScopeInterceptor>();
        services.AddSingleton<SqliteFileIdentity>();
        services.AddScoped<PublicContentChangeInterceptor>();
        services.AddScoped<OutboxDispatchInterceptor>();
        services.AddSingleton<PublicContentVersion>();
        services.AddScoped<IAppDbContext>(provider => provider.GetRequiredService<AppDbContext>());
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<GuidanceSeeder>();
        services.AddScoped<RecordSeeder>();

        services.AddSingleton(provider => new PickupDirectory(Path.GetFullPath(
            provider.GetRequiredService<IOptions<EmailOptions>>().Value.PickupDirectory, environment.ContentRootPath)));
        // Services send through the outbox; only the dispatcher talks to the delivery sender (ADR 0023).
        services.AddKeyedTransient<IEmailSender>(OutboxDispatcher.DeliveryKey, (provider, _) =>
            provider.GetRequiredService<IOptions<EmailOptions>>().Value.Delivery == EmailDelivery.Pickup
                ? ActivatorUtilities.CreateInstance<PickupFolderEmailSender>(provider)
                : ActivatorUtilities.CreateInstance<SmtpEmailSender>(provider));
        services.AddScoped<IOutboxDispatcher, OutboxDispatcher>();
        services.AddScoped<IFailedEmails, FailedEmails>();
        services.AddScoped<IEmailOutbox, EmailOutbox>();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<JobLeaseHolder>();
        services.AddScoped<IJobLeases, JobLeases>();
        services.AddSingleton<IDatabaseErrors, DatabaseErrors>();
        return services;
    }

    /// <summary>
    /// EF logs every failed command, query and connection as an error: during an outage that is several lines
    /// per request. <see cref="DatabaseAvailability"/> logs the outage once instead, and a fault that is not an
    /// outage still reaches the error page, which logs it with the request id.
    /// </summary>
    private static void QuietDatabaseFaults(WarningsConfigurationBuilder warnings) => warnings.Log(
        (RelationalEventId.CommandError, LogLevel.Debug),
        (RelationalEventId.ConnectionError, LogLevel.Debug),
        (CoreEventId.QueryIterationFailed, LogLevel.Debug),
        (CoreEventId.SaveChangesFailed, LogLevel.Debug));

    /// <summary>
    /// Makes a relative SQLite file path absolute against the content root (so the database sits beside the
    /// app wherever it is started from) and creates its folder. The file is opened read-write but never
    /// created (<c>Mode=ReadWrite</c>): <see cref="SqliteDatabaseFile"/> creates it on a first start only (ADR 0065),
    /// and afterwards a missing file is an outage, not a reason to start a new empty database in its place.
    /// An explicit <c>Mode</c> other than the default (ReadWriteCreate) is kept. A command waits
    /// <paramref name="busyTimeoutSeconds"/> (<c>Database:BusyTimeoutSeconds</c>) for another writer's lock.
    /// </summary>
    public static string ResolveSqliteConnectionString(string connectionString, string contentRootPath, int busyTimeoutSeconds = DatabaseOptions.DefaultBusyTimeoutSeconds)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = busyTimeoutSeconds };
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRootPath);
        }

        if (builder.Mode == SqliteOpenMode.ReadWriteCreate && builder.DataSource != ":memory:")
        {
            builder.Mode = SqliteOpenMode.ReadWrite;
        }

        var folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder) && builder.Mode != SqliteOpenMode.Memory)
        {
            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new InvalidOperationException(
                    $"The folder {folder} of the SQLite database (set by ConnectionStrings:{DatabaseOptions.ConnectionStringName}) " +
                    $"cannot be created: {ex.Message}", ex);
            }
        }

        return builder.ToString();
    }
}
