using ImgPortal.Core.Common;
using ImgPortal.Core.Profiles;
using ImgPortal.Core.Records;
using ImgPortal.Core.Records.RoadmapSteps;
using ImgPortal.Infrastructure.Accounts;
using ImgPortal.Infrastructure.Data;
using ImgPortal.Infrastructure.Data.Seed;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ImgPortal.IntegrationTests.Profiles;

public sealed class RoadmapStepEditingTests
{
    private static readonly ProfileData Certified = new()
    {
        MedicalSchoolCountry = "Pakistan",
        MedicalSchoolName = "King Edward Medical University",
        GraduationYear = 2021,
        EcfmgStatus = EcfmgStatus.Certified,
        EcfmgCertifiedOn = new DateOnly(2025, 6, 1),
        ClinicalExperienceMonths = 4,
        VisaNeed = VisaNeed.J1,
    };

    [Fact]
    public async Task SaveRoadmapStepAsync_NewUnfinishedEarlierStep_MovesStoredStagesBackAndDeleteRestoresThem()
    {
        await using var database = await TestDatabase.CreateAsync();
        var userId = await AddMemberWithProfileAsync(database, "stages@example.org");
        Assert.Equal(RoadmapStage.Application, await StageOfAsync(database, userId));

        var saved = await database.WithAsync(sp => Records(sp).SaveAsync(Steps(sp), Step(0, Guid.Empty, "test-early-step", "An early test step", 5, RoadmapStage.Exams)));
        var afterAdd = await StageOfAsync(database, userId);
        var step = await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().RoadmapSteps.AsNoTracking().SingleAsync(s => s.Key == "test-early-step"));
        var deleted = await database.WithAsync(sp => Records(sp).DeleteAsync(Steps(sp), step.Id, step.Version));
        var afterDelete = await StageOfAsync(database, userId);

        Assert.Equal(OutcomeKind.Done, saved.Kind);
        Assert.Equal(RoadmapStage.Exams, afterAdd);
        Assert.Equal(OutcomeKind.Done, deleted.Kind);
        Assert.Equal(RoadmapStage.Application, afterDelete);
    }

    [Fact]
    public async Task SaveRoadmapStepAsync_ExistingStep_KeepsItsKey()
    {
        await using var database = await TestDatabase.CreateAsync();
        var step = await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().RoadmapSteps.AsNoTracking().SingleAsync(s => s.Key == RoadmapRules.Keys.Step3));

        var status = await database.WithAsync(sp => Records(sp).SaveAsync(
            Steps(sp), Step(step.Id, step.Version, "renamed", "Retitled", step.SortOrder, step.Stage, step.Description, step.GuidanceSlug)));

        var stored = await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().RoadmapSteps.AsNoTracking().SingleAsync(s => s.Id == step.Id));
        Assert.Equal(OutcomeKind.Done, status.Kind);
        Assert.Equal(RoadmapRules.Keys.Step3, stored.Key);
        Assert.Equal("Retitled", stored.Title);
    }

    [Fact]
    public async Task SaveAsync_StepWhoseStageRecomputeFails_LeavesNeitherTheStepNorAnyStage()
    {
        await using var database = await TestDatabase.CreateAsync();
        var userId = await AddMemberWithProfileAsync(database, "atomic@example.org");
        await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER refuse_stage BEFORE UPDATE OF Stage ON ImgProfiles BEGIN SELECT RAISE(ABORT, 'stage refused'); END;"));

        var save = () => database.WithAsync(sp => Records(sp).SaveAsync(Steps(sp), Step(0, Guid.Empty, "test-atomic-step", "An atomic test step", 5, RoadmapStage.Exams)));

        await Assert.ThrowsAsync<DbUpdateException>(save);
        Assert.False(await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().RoadmapSteps.AnyAsync(s => s.Key == "test-atomic-step")));
        Assert.Equal(RoadmapStage.Application, await StageOfAsync(database, userId));
    }

    [Fact]
    public async Task SeedCorrection_StepsMovedToALaterStage_MovesMembersStoredStages()
    {
        await using var database = await TestDatabase.CreateAsync();
        var userId = await AddMemberWithProfileAsync(database, "seeded-stages@example.org");
        Assert.Equal(RoadmapStage.Application, await StageOfAsync(database, userId));
        var seed = RoadmapSeed.Steps().ToList();
        foreach (var step in seed.Where(s => s.Stage == RoadmapStage.Application))
        {
            step.Stage = RoadmapStage.Match;
        }

        var result = await database.WithAsync(sp => sp.GetRequiredService<RecordSeeder>()
            .SeedAsync(new RoadmapStepRecordType(sp.GetRequiredService<IMemberStages>()), seed, RoadmapSeed.StepKeyOf, null));

        Assert.NotEmpty(result.Updated);
        Assert.Equal(RoadmapStage.Match, await StageOfAsync(database, userId));
    }

    private static IRecordEditingService Records(IServiceProvider sp) => sp.GetRequiredService<IRecordEditingService>();

    private static RecordType Steps(IServiceProvider sp) => sp.GetRequiredService<RecordCatalog>().Find("roadmap-steps")!;

    private static RecordInput Step(
        int id, Guid version, string key, string title, int sortOrder, RoadmapStage stage, string description = "", string guidanceSlug = "") =>
        new(id, version, new Dictionary<string, string?>
        {
            [nameof(RoadmapStep.Key)] = key,
            [nameof(RoadmapStep.Title)] = title,
            [nameof(RoadmapStep.Description)] = description,
            [nameof(RoadmapStep.SortOrder)] = sortOrder.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [nameof(RoadmapStep.Stage)] = stage.ToString(),
            [nameof(RoadmapStep.GuidanceSlug)] = guidanceSlug,
        });

    private static Task<RoadmapStage> StageOfAsync(TestDatabase database, string userId) =>
        database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().ImgProfiles.AsNoTracking()
            .Where(p => p.UserId == userId).Select(p => p.Stage).SingleAsync());

    private static Task<string> AddMemberWithProfileAsync(TestDatabase database, string email) =>
        database.WithAsync(async sp =>
        {
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
            Assert.True((await sp.GetRequiredService<UserManager<ApplicationUser>>().CreateAsync(user, TestDatabase.AdminPassword)).Succeeded);
            var me = new Mock<ICurrentUser>();
            me.SetupGet(u => u.UserId).Returns(user.Id);
            var profiles = new ProfileService(
                sp.GetRequiredService<AppDbContext>(), me.Object, new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero)),
                sp.GetRequiredService<IDatabaseErrors>());
            Assert.True((await profiles.SaveOwnAsync(Certified)).Succeeded);
            return user.Id;
        });
}
