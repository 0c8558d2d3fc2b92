using ImgPortal.Core.Common;
using ImgPortal.Core.Profiles.Outcomes;
using ImgPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ImgPortal.IntegrationTests.Mentoring.MentoringDatabase;

namespace ImgPortal.IntegrationTests.Profiles.Outcomes;

/// <summary>Members' outcomes on SQLite: their own to change, staff's to read, nobody else's.</summary>
public sealed class MemberOutcomeServiceTests
{
    private static readonly OutcomeDetails Offers = new(MemberOutcomeKind.InterviewOffers, new DateOnly(2025, 12, 1), 5, "stray", null, null, null);

    private static MemberOutcomeService Service(IServiceProvider services, ICurrentUser user) =>
        new(services.GetRequiredService<AppDbContext>(), user, TimeProvider.System);

    [Fact]
    public async Task AddAsync_InterviewOffers_StoresOnlyWhatTheKindUses()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.Scope();

        var outcome = await Service(scope.ServiceProvider, User("member-a").Object).AddAsync(Offers);

        Assert.True(outcome.Succeeded, outcome.Message);
        var stored = await scope.ServiceProvider.GetRequiredService<AppDbContext>().MemberOutcomes.AsNoTracking().SingleAsync();
        Assert.Equal(("member-a", 5, (string?)null), (stored.UserId, stored.InterviewCount, stored.Program));
    }

    [Fact]
    public async Task UpdateAndDeleteAsync_AnotherMembersOutcome_AreNotFoundAndChangeNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.Scope();
        var id = (await Service(scope.ServiceProvider, User("member-a").Object).AddAsync(Offers)).Id!.Value;
        var other = Service(scope.ServiceProvider, User("member-b").Object);

        var update = await other.UpdateAsync(id, Offers with { InterviewCount = 9 });
        var delete = await other.DeleteAsync(id);
        var get = await other.GetOwnAsync(id);

        Assert.Equal((OutcomeKind.NotFound, OutcomeKind.NotFound), (update.Kind, delete.Kind));
        Assert.Null(get);
        Assert.Equal(5, await scope.ServiceProvider.GetRequiredService<AppDbContext>().MemberOutcomes.Where(o => o.Id == id).Select(o => o.InterviewCount).SingleAsync());
    }

    [Fact]
    public async Task ListForStaffAsync_StaffAndMember_OnlyStaffReadAnotherMembersOutcomes()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.Scope();
        await Service(scope.ServiceProvider, User("member-a").Object).AddAsync(Offers);

        var asStaff = await Service(scope.ServiceProvider, User("staff", staff: true).Object).ListForStaffAsync("member-a");
        var asMember = await Service(scope.ServiceProvider, User("member-b").Object).ListForStaffAsync("member-a");

        Assert.Equal(["5 interview offers"], asStaff.Select(o => o.Summary));
        Assert.Empty(asMember);
    }
}
