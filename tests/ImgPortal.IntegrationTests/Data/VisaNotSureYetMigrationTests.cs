using ImgPortal.Core.Profiles;
using ImgPortal.Infrastructure.Data;
using ImgPortal.Infrastructure.Data.Sqlite;
using ImgPortal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ImgPortal.IntegrationTests.Data;

/// <summary>The VisaNotSureYet data migration (ADR 0080) on a database that holds profiles from before it.</summary>
public sealed class VisaNotSureYetMigrationTests
{
    [Fact]
    public async Task Migrate_ProfilesWithTheOldDefaultAnswer_BecomeNotSureYetUnlessTheMemberSaidCitizenOrResident()
    {
        await using var database = await TestDatabase.CreateAsync(initialize: false);
        await using (var before = database.Scope())
        {
            var db = before.ServiceProvider.GetRequiredService<AppDbContext>();
            await SqliteDatabaseFile.EnsureExistsAsync(db.Database.GetConnectionString()!, createIfMissing: true, NullLogger.Instance);
            var initial = db.Database.GetMigrations().Single(m => m.EndsWith("_Initial", StringComparison.Ordinal));
            await db.GetInfrastructure().GetRequiredService<IMigrator>().MigrateAsync(initial);
            await AddProfileAsync(db, "no-answer", VisaStatus.None, VisaNeed.None);
            await AddProfileAsync(db, "on-f1", VisaStatus.F1, VisaNeed.None);
            await AddProfileAsync(db, "citizen", VisaStatus.PermanentResidentOrCitizen, VisaNeed.None);
            await AddProfileAsync(db, "needs-j1", VisaStatus.None, VisaNeed.J1);
            await AddProfileAsync(db, "needs-h1b", VisaStatus.J1, VisaNeed.H1B);
        }

        await using var after = database.Scope();
        var migrated = after.ServiceProvider.GetRequiredService<AppDbContext>();
        await migrated.Database.MigrateAsync();

        var answers = await migrated.ImgProfiles.AsNoTracking().ToDictionaryAsync(p => p.UserId, p => p.VisaNeed);
        Assert.Equal(VisaNeed.NotSureYet, answers["no-answer"]);
        Assert.Equal(VisaNeed.NotSureYet, answers["on-f1"]);
        Assert.Equal(VisaNeed.None, answers["citizen"]);
        Assert.Equal(VisaNeed.J1, answers["needs-j1"]);
        Assert.Equal(VisaNeed.H1B, answers["needs-h1b"]);
    }

    private static async Task AddProfileAsync(AppDbContext db, string id, VisaStatus current, VisaNeed need)
    {
        db.Users.Add(new ApplicationUser { Id = id, UserName = id + "@test.example", Email = id + "@test.example" });
        db.ImgProfiles.Add(new ImgProfile
        {
            UserId = id,
            MedicalSchoolCountry = "Pakistan",
            MedicalSchoolName = "King Edward Medical University",
            GraduationYear = 2021,
            CurrentVisa = current,
            VisaNeed = need,
            UpdatedAtUtc = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
    }
}
