using ImgPortal.Core.Common;
using ImgPortal.Core.Profiles;
using ImgPortal.Infrastructure.Accounts;
using ImgPortal.Infrastructure.Data;
using ImgPortal.Infrastructure.Data.Sqlite;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ImgPortal.IntegrationTests.Profiles;

public sealed class ProfileServiceDatabaseTests
{
    private static readonly ProfileData Profile = new()
    {
        MedicalSchoolCountry = "Pakistan",
        MedicalSchoolName = "King Edward Medical University",
        GraduationYear = 2021,
        EcfmgStatus = EcfmgStatus.Certified,
        EcfmgCertifiedOn = new DateOnly(2025, 6, 1),
        Specialties = ["Neurology"],
        States = ["NY", "NJ"],
        Languages = ["Urdu", "English"],
        ClinicalExperienceMonths = 4,
        VisaNeed = VisaNeed.J1,
    };

    [Fact]
    public async Task SaveOwnAsync_ThenChangeTheLists_StoresOneRowPerValueAndTheStage()
    {
        await using var database = await TestDatabase.CreateAsync();
        var userId = await AddUserAsync(database, "lists@example.org");

        await SaveAsync(database, userId, Profile);
        await SaveAsync(database, userId, Profile with { States = ["NJ", "PA"] });

        var stored = await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().ImgProfiles
            .AsNoTracking().Include(p => p.Tags).SingleAsync(p => p.UserId == userId));
        Assert.Equal(["NJ", "PA"], stored.Tags.Where(t => t.Kind == TagKind.State).Select(t => t.Value).Order());
        Assert.Equal(["English", "Urdu"], stored.Tags.Where(t => t.Kind == TagKind.Language).Select(t => t.Value).Order());
        Assert.Equal(RoadmapStage.Application, stored.Stage);
    }

    [Fact]
    public async Task SaveOwnAsync_AnotherFirstSaveLandsBetweenTheReadAndTheSave_ReturnsConflictAndKeepsThatSave()
    {
        await using var database = await TestDatabase.CreateAsync();
        var userId = await AddUserAsync(database, "race@example.org");
        var connectionString = await database.WithAsync(sp => Task.FromResult(sp.GetRequiredService<AppDbContext>().Database.GetConnectionString()!));
        // The other tab's first save commits after this save has found no profile, just before it inserts one.
        var otherTab = new BeforeFirstSave(() => SaveAsync(database, userId, Profile));
        await using var db = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>()
            .UseSqlite(connectionString).AddInterceptors(otherTab).Options);

        var result = await database.WithAsync(sp => Service(sp, db, userId, staff: false).SaveOwnAsync(Profile with { MedicalSchoolName = "Aga Khan University" }));

        Assert.Equal(OutcomeKind.Conflict, result.Kind);
        Assert.Equal(ProfileService.SavedMeanwhileMessage, result.Message);
        var stored = await GetAsync(database, userId, userId, staff: false);
        Assert.Equal("King Edward Medical University", stored?.MedicalSchoolName);
    }

    [Fact]
    public async Task GetByUserIdAsync_StaffAndOwner_SeeItAndAnotherMemberDoesNot()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ownerId = await AddUserAsync(database, "owner@example.org");
        await SaveAsync(database, ownerId, Profile);

        var asOwner = await GetAsync(database, ownerId, ownerId, staff: false);
        var asStaff = await GetAsync(database, "staff-id", ownerId, staff: true);
        var asOther = await GetAsync(database, "other-id", ownerId, staff: false);

        Assert.Equal("King Edward Medical University", asOwner?.MedicalSchoolName);
        Assert.Equal("King Edward Medical University", asStaff?.MedicalSchoolName);
        Assert.Null(asOther);
    }

    private static Task<ProfileData?> GetAsync(TestDatabase database, string me, string userId, bool staff) =>
        database.WithAsync(sp => Service(sp, me, staff).GetByUserIdAsync(userId));

    private static Task<Outcome> SaveAsync(TestDatabase database, string userId, ProfileData data) =>
        database.WithAsync(async sp =>
        {
            var result = await Service(sp, userId, staff: false).SaveOwnAsync(data);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors));
            return result;
        });

    private static ProfileService Service(IServiceProvider sp, string userId, bool staff) =>
        Service(sp, sp.GetRequiredService<AppDbContext>(), userId, staff);

    private static ProfileService Service(IServiceProvider sp, AppDbContext db, string userId, bool staff)
    {
        var user = new Mock<ICurrentUser>();
        user.SetupGet(u => u.UserId).Returns(userId);
        user.Setup(u => u.IsInRole(Roles.Staff)).Returns(staff);
        user.SetupGet(u => u.IsStaff).Returns(staff);
        return new ProfileService(
            db, user.Object, new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero)),
            sp.GetRequiredService<IDatabaseErrors>());
    }

    private static Task<string> AddUserAsync(TestDatabase database, string email) =>
        database.WithAsync(async sp =>
        {
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
            Assert.True((await sp.GetRequiredService<UserManager<ApplicationUser>>().CreateAsync(user, TestDatabase.AdminPassword)).Succeeded);
            return user.Id;
        });

    /// <summary>Runs <paramref name="meanwhile"/> once, when the context it is added to starts its first save.</summary>
    private sealed class BeforeFirstSave(Func<Task> meanwhile) : SaveChangesInterceptor
    {
        private bool _ran;

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (!_ran)
            {
                _ran = true;
                await meanwhile();
            }

            return result;
        }
    }
}
