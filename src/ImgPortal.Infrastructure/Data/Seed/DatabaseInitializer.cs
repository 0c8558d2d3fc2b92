using ImgPortal.Core.Common;
using ImgPortal.Core.Profiles;
using ImgPortal.Core.Records.Fees;
using ImgPortal.Core.Records.Glossary;
using ImgPortal.Core.Records.Programs;
using ImgPortal.Core.Records.RoadmapSteps;
using ImgPortal.Core.Records.SeasonDates;
using ImgPortal.Core.Records.StatePathways;
using ImgPortal.Infrastructure.Accounts;
using ImgPortal.Infrastructure.Data.Resilience;
using ImgPortal.Infrastructure.Data.Sqlite;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ImgPortal.Infrastructure.Data.Seed;

/// <summary>
/// Brings the database to the current schema and seeds what the portal needs to run: roles, the first
/// administrator (from configuration) and the starter guidance. Safe to run on every start.
/// </summary>
public sealed class DatabaseInitializer(
    AppDbContext db,
    RoleManager<IdentityRole> roles,
    UserManager<ApplicationUser> users,
    GuidanceSeeder guidanceSeeder,
    RecordSeeder recordSeeder,
    IMemberStages stages,
    TimeProvider clock,
    IOptions<DatabaseOptions> databaseOptions,
    IOptions<SeedOptions> seedOptions,
    SqliteFileIdentity fileIdentity,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var options = databaseOptions.Value;
        if (options.Provider != DatabaseProvider.Sqlite)
        {
            await MigrateAndSeedAsync(options, cancellationToken);
            return;
        }

        var connectionString = db.Database.GetConnectionString()!;
        try
        {
            await SqliteDatabaseFile.EnsureExistsAsync(connectionString, options.CreateIfMissing, logger, cancellationToken);
            fileIdentity.Remember(connectionString);
            await MigrateAndSeedAsync(options, cancellationToken);
        }
        catch (Exception ex) when (ex is SqliteException sqlite && SqliteDatabaseFile.IsAboutTheFile(sqlite) || ex is DatabaseUnavailableException)
        {
            // Error 14 ("unable to open database file") alone names neither the file nor where it is configured.
            throw SqliteDatabaseFile.CannotOpen(connectionString, ex);
        }
    }

    private async Task MigrateAndSeedAsync(DatabaseOptions options, CancellationToken cancellationToken)
    {
        if (options.Provider == DatabaseProvider.Sqlite || options.ApplyMigrationsOnStartup)
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migration(s) on {Provider}", pending.Count, options.Provider);
                await db.Database.MigrateAsync(cancellationToken);
            }
        }

        if (!options.SeedOnStartup)
        {
            return;
        }

        await SeedRolesAsync();
        await SeedAdminAsync();
        await SeedContentAsync(cancellationToken);
        await SeedStatePathwaysAsync(cancellationToken);
        await SeedRoadmapAsync(cancellationToken);
        await SeedGlossaryAsync(cancellationToken);
        await SeedProgramsAsync(cancellationToken);
        await SeedFeesAsync(cancellationToken);
    }

    private async Task SeedRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                ThrowIfFailed(await roles.CreateAsync(new IdentityRole(role)), $"create role {role}");
            }
        }
    }

    private async Task SeedAdminAsync()
    {
        var seed = seedOptions.Value;
        if (string.IsNullOrWhiteSpace(seed.AdminEmail))
        {
            return;
        }

        var admin = await users.FindByEmailAsync(seed.AdminEmail);
        if (admin is null)
        {
            if (string.IsNullOrWhiteSpace(seed.AdminPassword))
            {
                logger.LogWarning("Seed:AdminEmail is set without Seed:AdminPassword; no administrator was created");
                return;
            }

            admin = new ApplicationUser
            {
                UserName = seed.AdminEmail,
                Email = seed.AdminEmail,
                EmailConfirmed = true,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            ThrowIfFailed(await users.CreateAsync(admin, seed.AdminPassword), "create the first administrator");
            logger.LogInformation("Created the first administrator, user {UserId}", admin.Id);
        }

        foreach (var role in new[] { Roles.Admin, Roles.Staff })
        {
            if (!await users.IsInRoleAsync(admin, role))
            {
                ThrowIfFailed(await users.AddToRoleAsync(admin, role), $"add the administrator to {role}");
            }
        }
    }

    /// <summary>
    /// The starter guidance: every page and record on an empty database; on an existing one, a corrected seed's text
    /// published to the pages staff never changed (ADR 0088).
    /// </summary>
    private async Task SeedContentAsync(CancellationToken cancellationToken) =>
        await guidanceSeeder.SeedAsync(ContentSeed.Pages(), cancellationToken);

    /// <summary>
    /// The verified state pathways: every one on an empty table; on an existing one, a corrected seed's values on the
    /// pathways staff never edited, and a new seeded pathway unless staff deleted it (ADR 0103). Matched by state and
    /// kind, and by name where a state has two of one kind.
    /// </summary>
    private async Task SeedStatePathwaysAsync(CancellationToken cancellationToken) =>
        await recordSeeder.SeedAsync(
            new StatePathwayRecordType(), StatePathwaySeed.Pathways(), StatePathwaySeed.KeyOf, null, StatePathwaySeed.TieBreakOf, cancellationToken);

    /// <summary>
    /// The roadmap steps (matched by key; members' stages follow a change) and the season calendar (matched by Match
    /// year and step of the cycle, and by title where two share them), corrected as the state pathways are (ADR 0103).
    /// </summary>
    private async Task SeedRoadmapAsync(CancellationToken cancellationToken)
    {
        await recordSeeder.SeedAsync(
            new RoadmapStepRecordType(stages), [.. RoadmapSeed.Steps()], RoadmapSeed.StepKeyOf, null, cancellationToken: cancellationToken);
        await recordSeeder.SeedAsync(
            new SeasonDateRecordType(), [.. RoadmapSeed.SeasonDates()], RoadmapSeed.DateKeyOf, null, RoadmapSeed.DateTieBreakOf, cancellationToken);
    }

    /// <summary>
    /// The fees the cost planner prices, each with its source and checked date: every fee on an empty table; on an
    /// existing one, a corrected seed's values on the fees staff never edited, and a new item's or cycle's fees (ADR 0098).
    /// </summary>
    private async Task SeedFeesAsync(CancellationToken cancellationToken) =>
        await recordSeeder.SeedAsync(
            new FeeRecordType(),
            FeeSeed.Fees(),
            FeeSeed.KeyOf,
            FeeSeed.GroupOf,
            cancellationToken: cancellationToken);

    /// <summary>
    /// The glossary's verified terms: every term on an empty table; on an existing one, a corrected seed's definition
    /// on the terms staff never edited (ADR 0098). New terms are not added to a glossary staff already keep.
    /// </summary>
    private async Task SeedGlossaryAsync(CancellationToken cancellationToken) =>
        await recordSeeder.SeedAsync(new GlossaryTermRecordType(), GlossarySeed.Terms(), t => t.Term, _ => "glossary", cancellationToken: cancellationToken);

    /// <summary>
    /// The verified New York residency programs, matched by their key (their address, fixed once created; most have no
    /// ACGME number in the seed), corrected as the state pathways are (ADR 0103).
    /// </summary>
    private async Task SeedProgramsAsync(CancellationToken cancellationToken) =>
        await recordSeeder.SeedAsync(
            new ResidencyProgramRecordType(), ProgramSeed.Programs(), ProgramSeed.KeyOf, null, cancellationToken: cancellationToken);

    private static void ThrowIfFailed(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
