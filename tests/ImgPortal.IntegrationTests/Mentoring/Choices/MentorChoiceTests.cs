using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Choices;
using ImgPortal.Core.Mentoring.Requests;
using ImgPortal.Core.Mentoring.Vetting;
using ImgPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static ImgPortal.IntegrationTests.Mentoring.MentoringDatabase;

namespace ImgPortal.IntegrationTests.Mentoring.Choices;

/// <summary>Members' rankings of mentors saved with their requests, on SQLite.</summary>
public sealed class MentorChoiceTests
{
    private static MenteeRequestDetails Details(params int[] choices) =>
        new("Ranker", HelpAreas.Interviewing, null, null, null, string.Empty, string.Empty, string.Empty, choices);

    private static MentorChoiceService Choices(IServiceProvider services, ICurrentUser user, bool membersMayChoose = true) =>
        new(services.GetRequiredService<AppDbContext>(), user, Options.Create(new MentoringOptions { MembersMayChoose = membersMayChoose }), TimeProvider.System);

    private static async Task<int[]> MentorsAsync(TestDatabase database, params string[] names)
    {
        var ids = new List<int>();
        foreach (var name in names)
        {
            var user = await CreateUserAsync(database, name.Replace(' ', '.') + "@choices.example");
            ids.Add((await AddAsync(database, Mentor(user, name, capacity: 2))).Id);
        }

        return [.. ids];
    }

    [Fact]
    public async Task CreateRequestAsync_ThreeRankedMentors_SavesThemInOrder()
    {
        await using var database = await TestDatabase.CreateAsync();
        var mentors = await MentorsAsync(database, "Dr A", "Dr B", "Dr C");
        await using var scope = database.Scope();
        var member = User("member-rank").Object;

        var outcome = await MemberRequests(scope.ServiceProvider, member, membersMayChoose: true).CreateRequestAsync(Details(mentors[2], mentors[0], mentors[1]));

        Assert.True(outcome.Succeeded, outcome.Message);
        var ranking = await Choices(scope.ServiceProvider, member).RankingAsync(outcome.Id!.Value);
        Assert.Equal(["Dr C", "Dr A", "Dr B"], ranking.Select(c => c.DisplayName));
        Assert.Equal([1, 2, 3], ranking.Select(c => c.Rank));
        Assert.All(ranking, c => Assert.True(c.Available));
    }

    [Fact]
    public async Task CreateRequestAsync_ChoicesWhileMemberChoiceIsOff_IsRefusedAndNothingIsSaved()
    {
        await using var database = await TestDatabase.CreateAsync();
        var mentors = await MentorsAsync(database, "Dr Off");
        await using var scope = database.Scope();

        var outcome = await MemberRequests(scope.ServiceProvider, User("member-off").Object).CreateRequestAsync(Details(mentors[0]));

        Assert.Equal(OutcomeKind.Invalid, outcome.Kind);
        Assert.Contains(outcome.Errors, e => e.Field == ChoiceRules.Field && e.Message == ChoiceRules.ChoiceOff);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.False(await db.MenteeRequests.AnyAsync());
    }

    [Fact]
    public async Task CreateRequestAsync_PausedMentor_IsRefusedAsNotAvailable()
    {
        await using var database = await TestDatabase.CreateAsync();
        var user = await CreateUserAsync(database, "paused@choices.example");
        var paused = await AddAsync(database, Mentor(user, "Dr Paused", status: MentorStatus.Paused));
        await using var scope = database.Scope();

        var outcome = await MemberRequests(scope.ServiceProvider, User("member-paused").Object, membersMayChoose: true).CreateRequestAsync(Details(paused.Id));

        Assert.Equal([ChoiceRules.NotAvailable], outcome.Errors.Select(e => e.Message));
    }

    [Fact]
    public async Task UpdateRequestAsync_NewOrder_ReplacesTheRanking()
    {
        await using var database = await TestDatabase.CreateAsync();
        var mentors = await MentorsAsync(database, "Dr One", "Dr Two");
        var member = User("member-reorder").Object;
        int requestId;
        await using (var create = database.Scope())
        {
            requestId = (await MemberRequests(create.ServiceProvider, member, membersMayChoose: true).CreateRequestAsync(Details(mentors[0], mentors[1]))).Id!.Value;
        }

        await using var scope = database.Scope();
        var service = MemberRequests(scope.ServiceProvider, member, membersMayChoose: true);
        var own = await service.GetOwnRequestAsync(requestId);

        var outcome = await service.UpdateRequestAsync(requestId, own!.Version, Details(mentors[1], mentors[0]));

        Assert.True(outcome.Succeeded, outcome.Message);
        await using var check = database.Scope();
        var ranking = await Choices(check.ServiceProvider, member).RankingAsync(requestId);
        Assert.Equal(["Dr Two", "Dr One"], ranking.Select(c => c.DisplayName));
    }

    [Fact]
    public async Task RankingAsync_MentorPausedAfterBeingRanked_StaysWithANoteAndIsSkippedForStaff()
    {
        await using var database = await TestDatabase.CreateAsync();
        var mentors = await MentorsAsync(database, "Dr Later Paused", "Dr Still Here");
        var member = User("member-note").Object;
        int requestId;
        await using (var create = database.Scope())
        {
            requestId = (await MemberRequests(create.ServiceProvider, member, membersMayChoose: true).CreateRequestAsync(Details(mentors[0], mentors[1]))).Id!.Value;
            var db = create.ServiceProvider.GetRequiredService<AppDbContext>();
            var mentor = await db.Mentors.SingleAsync(m => m.Id == mentors[0]);
            mentor.Status = MentorStatus.Paused;
            await db.SaveChangesAsync();
        }

        await using var scope = database.Scope();
        var ranking = await Choices(scope.ServiceProvider, User("staff", staff: true).Object).RankingAsync(requestId);

        Assert.Equal("no longer mentoring: staff will skip them", ranking[0].Note);
        Assert.True(ranking[1].Available);
    }

    [Fact]
    public async Task RankingAsync_AnotherMember_SeesNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var mentors = await MentorsAsync(database, "Dr Private");
        int requestId;
        await using (var create = database.Scope())
        {
            requestId = (await MemberRequests(create.ServiceProvider, User("member-owner").Object, membersMayChoose: true).CreateRequestAsync(Details(mentors[0]))).Id!.Value;
        }

        await using var scope = database.Scope();
        var ranking = await Choices(scope.ServiceProvider, User("member-other").Object).RankingAsync(requestId);

        Assert.Empty(ranking);
    }
}
